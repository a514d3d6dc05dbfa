package dev.lore.ingest;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Embeds the chunks of ready documents in full batches gathered across documents, and writes each document to the
 * store, atomically, as soon as all its chunks are embedded. Used from one thread.
 */
final class EmbeddingWriter {

    private final EmbeddingModel model;
    private final DocumentStore store;
    private final int batchSize;
    private final int commitEvery;
    private final Tally tally;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int waitingChunks;
    private int writtenSinceCommit;

    EmbeddingWriter(EmbeddingModel model, DocumentStore store, int batchSize, int commitEvery, Tally tally) {
        this.model = model;
        this.store = store;
        this.batchSize = batchSize;
        this.commitEvery = commitEvery;
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
    }

    /** Embeds and writes everything still waiting, even a partial batch. */
    void flush() {
        while (waitingChunks > 0) {
            embedBatch();
        }
        writeCompleted();
    }

    /** Commits when enough documents were written since the last commit. */
    void commitIfDue() {
        if (writtenSinceCommit >= commitEvery) {
            commit();
        }
    }

    void commit() {
        store.commit();
        writtenSinceCommit = 0;
    }

    private void embedBatch() {
        var owners = new ArrayList<Pending>();
        var ordinals = new ArrayList<Integer>();
        var segments = new ArrayList<TextSegment>();
        for (var document : pending) {
            for (var i = document.next; i < document.vectors.length && segments.size() < batchSize; i++) {
                owners.add(document);
                ordinals.add(i);
                segments.add(TextSegment.from(document.ready.chunks().get(i).embeddingText()));
            }
            if (segments.size() == batchSize) {
                break;
            }
        }
        var vectors = embed(segments, owners);
        for (var j = 0; j < segments.size(); j++) {
            var owner = owners.get(j);
            owner.vectors[ordinals.get(j)] = vectors.get(j);
            owner.next = ordinals.get(j) + 1;
        }
        waitingChunks -= segments.size();
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
        while (!pending.isEmpty() && pending.peekFirst().next == pending.peekFirst().vectors.length) {
            var done = pending.removeFirst();
            if (done.failure != null) {
                tally.failed(done.ready.path(), done.failure);
                continue;
            }
            var embedded = new ArrayList<EmbeddedChunk>(done.vectors.length);
            for (var i = 0; i < done.vectors.length; i++) {
                embedded.add(new EmbeddedChunk(done.ready.chunks().get(i), done.vectors[i]));
            }
            try {
                store.replace(done.ready.info(), embedded);
                tally.written(done.ready);
                writtenSinceCommit++;
            } catch (RuntimeException e) {
                tally.failed(done.ready.path(), "cannot write to the index: " + e.getMessage());
            }
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
        int next;
        String failure;

        Pending(PreparedDocument.Ready ready) {
            this.ready = ready;
            this.vectors = new float[ready.chunks().size()][];
        }
    }
}
