package dev.lore.ingest;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Embeds the chunks of ready documents in full batches gathered across documents, and hands each document to the
 * {@link StoreWriter} as soon as all its chunks are embedded. Two batches are in flight at once, so the model's
 * sessions never idle at the end of a batch while the next one is gathered. Used from one thread; close it.
 */
final class EmbeddingWriter implements AutoCloseable {

    private static final int BATCHES_IN_FLIGHT = 2;

    private final EmbeddingModel model;
    private final StoreWriter store;
    private final int batchSize;
    private final Tally tally;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final Deque<Batch> inFlight = new ArrayDeque<>();
    private final ExecutorService embedders = Executors.newFixedThreadPool(BATCHES_IN_FLIGHT,
            Thread.ofPlatform().name("lore-ingest-embed-", 0).daemon().factory());
    private int waitingChunks;

    EmbeddingWriter(EmbeddingModel model, DocumentStore store, int batchSize, int commitEvery, Tally tally) {
        this.model = model;
        this.store = new StoreWriter(store, commitEvery, tally, 2 * batchSize);
        this.batchSize = batchSize;
        this.tally = tally;
    }

    int batchSize() {
        return batchSize;
    }

    Tally tally() {
        return tally;
    }

    /** Queues a document; embeds and writes whenever a full batch is waiting. */
    void add(PreparedDocument.Ready ready) {
        pending.addLast(new Pending(ready));
        waitingChunks += ready.chunks().size();
        while (waitingChunks >= batchSize) {
            embedBatch();
        }
        applyCompleted();
    }

    /** Starts embedding a partial batch (the parsers are slower than the model right now) and writes what is done. */
    void idle() {
        if (waitingChunks > 0 && inFlight.size() < BATCHES_IN_FLIGHT) {
            embedBatch();
        }
        applyCompleted();
    }

    /** Embeds and queues everything still waiting, even a partial batch. */
    void flush() {
        while (waitingChunks > 0) {
            embedBatch();
        }
        while (!inFlight.isEmpty()) {
            applyOldest();
        }
    }

    /** Embeds everything still waiting and waits until it is all in the store. */
    void finish() {
        flush();
        store.awaitWrites();
    }

    /** Waits for queued writes, then commits. */
    void commit() {
        store.commit();
    }

    @Override
    public void close() {
        embedders.shutdownNow();
        store.close();
    }

    private void embedBatch() {
        var owners = new ArrayList<Pending>();
        var ordinals = new ArrayList<Integer>();
        var segments = new ArrayList<TextSegment>();
        for (var document : pending) {
            while (document.scheduled < document.vectors.length && segments.size() < batchSize) {
                owners.add(document);
                ordinals.add(document.scheduled);
                segments.add(TextSegment.from(document.ready.chunks().get(document.scheduled).embeddingText()));
                document.scheduled++;
            }
            if (segments.size() == batchSize) {
                break;
            }
        }
        waitingChunks -= segments.size();
        if (inFlight.size() >= BATCHES_IN_FLIGHT) {
            applyOldest();
        }
        inFlight.addLast(new Batch(owners, ordinals, embedders.submit(() -> embed(segments, owners))));
    }

    private void applyCompleted() {
        while (!inFlight.isEmpty() && inFlight.peekFirst().vectors().isDone()) {
            applyOldest();
        }
    }

    /** Waits for the oldest batch, stores its vectors and writes the documents it completed. */
    private void applyOldest() {
        var batch = inFlight.removeFirst();
        List<float[]> vectors;
        try {
            vectors = batch.vectors().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw new IngestException("embedding failed: " + e.getCause(), e.getCause());
        }
        for (var j = 0; j < vectors.size(); j++) {
            var owner = batch.owners().get(j);
            owner.vectors[batch.ordinals().get(j)] = vectors.get(j);
            owner.embedded++;
        }
        writeCompleted();
    }

    /** One call for the whole batch; if it fails, chunk by chunk so only the documents at fault fail. */
    private List<float[]> embed(List<TextSegment> segments, List<Pending> owners) {
        try {
            var embeddings = model.embedAll(segments).content();
            if (embeddings.size() != segments.size()) {
                throw new IngestException("embedding model returned " + embeddings.size() + " vectors for "
                        + segments.size() + " texts");
            }
            return embeddings.stream().map(EmbeddingWriter::normalized).toList();
        } catch (RuntimeException batchFailure) {
            var vectors = new ArrayList<float[]>();
            for (var j = 0; j < segments.size(); j++) {
                try {
                    vectors.add(normalized(model.embed(segments.get(j)).content()));
                } catch (RuntimeException e) {
                    owners.get(j).failure = "cannot embed chunk: " + e.getMessage();
                    vectors.add(null);
                }
            }
            return vectors;
        }
    }

    private void writeCompleted() {
        while (!pending.isEmpty() && pending.peekFirst().embedded == pending.peekFirst().vectors.length) {
            var done = pending.removeFirst();
            if (done.failure != null) {
                tally.failed(done.ready.path(), done.failure);
                continue;
            }
            var embedded = new ArrayList<EmbeddedChunk>(done.vectors.length);
            for (var i = 0; i < done.vectors.length; i++) {
                embedded.add(new EmbeddedChunk(done.ready.chunks().get(i), done.vectors[i]));
            }
            store.write(done.ready, embedded);
        }
    }

    private static float[] normalized(Embedding embedding) {
        var vector = embedding.vector();
        var sum = 0.0;
        for (var v : vector) {
            sum += v * v;
        }
        var norm = Math.sqrt(sum);
        if (norm > 0 && Math.abs(norm - 1) > 1e-4) {
            for (var i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] / norm);
            }
        }
        return vector;
    }

    /** A document whose chunks are being embedded. */
    private static final class Pending {
        final PreparedDocument.Ready ready;
        final float[][] vectors;
        int scheduled;
        int embedded;
        volatile String failure;

        Pending(PreparedDocument.Ready ready) {
            this.ready = ready;
            this.vectors = new float[ready.chunks().size()][];
        }
    }

    /** Chunks sent to the model together, with the documents and ordinals their vectors belong to. */
    private record Batch(List<Pending> owners, List<Integer> ordinals, Future<List<float[]>> vectors) {
    }
}
