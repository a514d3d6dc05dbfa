package dev.lore.index.generation;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.index.Hit;
import dev.lore.index.IndexException;
import dev.lore.index.IndexStats;
import dev.lore.index.KnowledgeIndex;
import dev.lore.index.SearchRequest;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.index.lucene.LuceneKnowledgeIndex;
import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.EmbeddedChunk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The index served from {@code <root>/gen-<n>}: delegates to the current generation and swaps atomically to a rebuilt
 * one. Searches never fail during a swap: each holds a reference to the generation it started on, which is closed and
 * deleted only after the last such search returns. Writes made while a rebuild runs go to both generations, so the
 * swap loses none of them.
 */
public final class GenerationalIndex implements KnowledgeIndex {

    private final Path root;
    private final Function<Path, KnowledgeIndex> opener;
    private final GenerationPointer pointer;
    /** Writes hold the read lock (they run concurrently); a swap holds the write lock, so no write misses a generation. */
    private final ReentrantReadWriteLock swapLock = new ReentrantReadWriteLock();
    private volatile GenerationLease current;
    private IndexGeneration building;
    private volatile boolean closed;

    /** Opens the index root, creating {@code gen-1} when it has no generation yet; {@code opener} opens one folder. */
    public GenerationalIndex(Path root, Function<Path, KnowledgeIndex> opener) {
        this.root = Objects.requireNonNull(root, "root");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.pointer = new GenerationPointer(root);
        var layout = new GenerationLayout(root);
        long generation = layout.prepare(pointer);
        this.current = new GenerationLease(generation, opener.apply(layout.folder(generation)));
        layout.deleteAllBut(generation);
    }

    /** Opens a root of Lucene generations with the given query embedding model and options. */
    public static GenerationalIndex lucene(Path root, EmbeddingModel model, LuceneIndexOptions options) {
        return new GenerationalIndex(root, folder -> new LuceneKnowledgeIndex(folder, model, options));
    }

    /** The generation being served. */
    public long generation() {
        return current.generation();
    }

    /** Starts a rebuild in a new, empty generation folder; only one rebuild runs at a time. */
    public synchronized IndexGeneration beginRebuild() {
        requireOpen();
        if (building != null) {
            throw new IllegalStateException("a rebuild into generation " + building.number() + " is already running");
        }
        long number = new GenerationLayout(root).highest().orElse(current.generation()) + 1;
        number = Math.max(number, current.generation() + 1);
        var folder = root.resolve(GenerationPointer.folderName(number));
        var generation = new IndexGeneration(number, folder, opener.apply(folder));
        swapLock.writeLock().lock();
        try {
            building = generation;
        } finally {
            swapLock.writeLock().unlock();
        }
        return generation;
    }

    /**
     * Optimizes and commits the rebuilt generation, makes it the served one, and retires the old one once no search
     * uses it.
     */
    public synchronized void swapTo(IndexGeneration generation) {
        requireBuilding(generation);
        generation.index().optimize();
        swapLock.writeLock().lock();
        try {
            generation.index().commit();
            pointer.write(generation.number());
            var old = current;
            current = new GenerationLease(generation.number(), generation.index());
            building = null;
            old.retire(root.resolve(GenerationPointer.folderName(old.generation())));
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    /** Abandons a rebuild: closes and deletes its folder; the served generation is untouched. */
    public synchronized void abort(IndexGeneration generation) {
        requireBuilding(generation);
        swapLock.writeLock().lock();
        try {
            building = null;
        } finally {
            swapLock.writeLock().unlock();
        }
        generation.index().close();
        GenerationLayout.deleteFolder(generation.folder());
    }

    @Override
    public List<Hit> search(SearchRequest request) {
        return read(index -> index.search(request));
    }

    @Override
    public List<Hit> search(SearchRequest request, float[] queryVector) {
        return read(index -> index.search(request, queryVector));
    }

    @Override
    public List<Hit> chunks(String docId, Set<String> groups) {
        return read(index -> index.chunks(docId, groups));
    }

    @Override
    public Optional<DocumentInfo> document(String docId, Set<String> groups) {
        return read(index -> index.document(docId, groups));
    }

    @Override
    public List<DocumentInfo> documents(String source, Set<String> groups) {
        return read(index -> index.documents(source, groups));
    }

    @Override
    public Optional<String> contentHash(String docId) {
        return read(index -> index.contentHash(docId));
    }

    @Override
    public Set<String> documentIds(String source) {
        return read(index -> index.documentIds(source));
    }

    @Override
    public void optimize() {
        read(index -> {
            index.optimize();
            return null;
        });
    }

    @Override
    public IndexStats stats() {
        var lease = acquire();
        try {
            var stats = lease.index().stats();
            return new IndexStats(stats.documents(), stats.chunks(), stats.sizeBytes(), lease.generation());
        } finally {
            lease.release();
        }
    }

    @Override
    public void replace(DocumentInfo document, List<EmbeddedChunk> chunks) {
        write(index -> {
            index.replace(document, chunks);
            return true;
        });
    }

    @Override
    public boolean delete(String docId) {
        return write(index -> index.delete(docId));
    }

    @Override
    public void commit() {
        read(index -> {
            index.commit();
            return null;
        });
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (building != null) {
            building.index().close();
            building = null;
        }
        current.retire(null);
    }

    /** Takes a reference on the served generation, moving on if a swap retired the one read meanwhile. */
    private GenerationLease acquire() {
        while (true) {
            var lease = current;
            if (lease.tryAcquire()) {
                return lease;
            }
            requireOpen();
            if (lease == current) {
                throw new IndexException("index " + root + " is closed");
            }
        }
    }

    private <T> T read(Function<KnowledgeIndex, T> action) {
        var lease = acquire();
        try {
            return action.apply(lease.index());
        } finally {
            lease.release();
        }
    }

    /** Applies a write to the served generation and, during a rebuild, to the generation being built. */
    private boolean write(Function<KnowledgeIndex, Boolean> action) {
        swapLock.readLock().lock();
        try {
            boolean result = read(action);
            var rebuild = building;
            if (rebuild != null) {
                action.apply(rebuild.index());
            }
            return result;
        } finally {
            swapLock.readLock().unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IndexException("index " + root + " is closed");
        }
    }

    private void requireBuilding(IndexGeneration generation) {
        requireOpen();
        if (generation == null || generation != building) {
            throw new IllegalStateException("generation " + (generation == null ? null : generation.number())
                    + " is not the rebuild in progress");
        }
    }
}
