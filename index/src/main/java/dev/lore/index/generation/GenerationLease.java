package dev.lore.index.generation;

import dev.lore.index.KnowledgeIndex;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A served generation and how many operations use it: the serving reference plus one per search in flight. Once
 * retired by a swap it is closed (and its folder deleted) when the last search releases it.
 */
final class GenerationLease {

    private final long generation;
    private final KnowledgeIndex index;
    private final AtomicInteger references = new AtomicInteger(1);
    private volatile Path deleteOnClose;

    GenerationLease(long generation, KnowledgeIndex index) {
        this.generation = generation;
        this.index = index;
    }

    long generation() {
        return generation;
    }

    KnowledgeIndex index() {
        return index;
    }

    /** Takes a reference unless the lease is already closed. */
    boolean tryAcquire() {
        while (true) {
            int count = references.get();
            if (count <= 0) {
                return false;
            }
            if (references.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    void release() {
        if (references.decrementAndGet() == 0) {
            index.close();
            if (deleteOnClose != null) {
                GenerationLayout.deleteFolder(deleteOnClose);
            }
        }
    }

    /** Drops the serving reference: closes now if idle, else when the last search releases; deletes the folder if given. */
    void retire(Path folderToDelete) {
        deleteOnClose = folderToDelete;
        release();
    }
}
