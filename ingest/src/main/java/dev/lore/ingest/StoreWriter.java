package dev.lore.ingest;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Writes embedded documents to the store on its own thread, so index work (analysis, vector graph insertion) overlaps
 * the next embedding batch instead of adding to it; commits every so many documents.
 */
final class StoreWriter implements AutoCloseable {

    private final DocumentStore store;
    private final int commitEvery;
    private final Tally tally;
    private final ThreadPoolExecutor thread;
    private int writtenSinceCommit;

    StoreWriter(DocumentStore store, int commitEvery, Tally tally, int queueCapacity) {
        this.store = store;
        this.commitEvery = commitEvery;
        this.tally = tally;
        // Blocks the embedding thread when the store falls behind, and keeps writes in order.
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity),
                Thread.ofPlatform().name("lore-ingest-write").daemon().factory(), (task, executor) -> {
                    try {
                        executor.getQueue().put(task);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new RejectedExecutionException("interrupted while queueing a write", e);
                    }
                });
    }

    /** Queues an atomic replace of one document. */
    void write(PreparedDocument.Ready ready, List<EmbeddedChunk> chunks) {
        thread.execute(() -> {
            try {
                store.replace(ready.info(), chunks);
                tally.written(ready);
            } catch (RuntimeException e) {
                tally.failed(ready.path(), "cannot write to the index: " + e.getMessage());
                return;
            }
            if (++writtenSinceCommit >= commitEvery) {
                store.commit();
                writtenSinceCommit = 0;
            }
        });
    }

    /** Waits until every queued write is in the store. */
    void awaitWrites() {
        try {
            thread.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while waiting for index writes", e);
        } catch (ExecutionException e) {
            throw new IngestException("index write failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Waits for the queued writes, then makes everything durable. */
    void commit() {
        awaitWrites();
        store.commit();
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
