package dev.lore.index.generation;

import dev.lore.index.KnowledgeIndex;
import java.nio.file.Path;

/**
 * A generation being rebuilt beside the one being served: ingest everything into {@link #index()}, then hand it to
 * {@link GenerationalIndex#swapTo(IndexGeneration)} (or {@link GenerationalIndex#abort(IndexGeneration)}).
 */
public final class IndexGeneration {

    private final long number;
    private final Path folder;
    private final KnowledgeIndex index;

    IndexGeneration(long number, Path folder, KnowledgeIndex index) {
        this.number = number;
        this.folder = folder;
        this.index = index;
    }

    /** The generation number, one more than any generation before it. */
    public long number() {
        return number;
    }

    /** Its folder, {@code <root>/gen-<n>}. */
    public Path folder() {
        return folder;
    }

    /** Where the rebuild writes; searchable, but callers normally query the {@link GenerationalIndex}. */
    public KnowledgeIndex index() {
        return index;
    }
}
