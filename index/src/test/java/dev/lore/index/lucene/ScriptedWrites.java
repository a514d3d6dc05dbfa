package dev.lore.index.lucene;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.ingest.Chunk;
import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.DocumentStore;
import dev.lore.ingest.EmbeddedChunk;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic ingestion script (replaces and deletes over 40 documents) and, as {@link #main}, a process that runs
 * it in a loop, committing every few writes, until it is killed.
 */
final class ScriptedWrites {

    static final int WRITES = 300;
    static final int COMMIT_EVERY = 5;

    /** Query embedding is never needed by a writer. */
    static final EmbeddingModel NO_MODEL = segments -> {
        throw new UnsupportedOperationException("the writer process does not embed");
    };

    private ScriptedWrites() {
    }

    static String docId(int write) {
        return "doc-" + (write * 7 % 40);
    }

    /** Write number {@code write} of the script: every eleventh deletes, the others replace with 1 to 5 chunks. */
    static void apply(DocumentStore store, int write) {
        var docId = docId(write);
        if (write % 11 == 10) {
            store.delete(docId);
            return;
        }
        var groups = write % 3 == 0 ? Set.of("hr") : Set.of(DocumentInfo.EVERYONE);
        var info = new DocumentInfo(docId, "script", docId + ".md", "Doc " + docId, groups, "hash-" + write,
                Instant.ofEpochSecond(write));
        var random = new Random(write);
        var chunks = new ArrayList<EmbeddedChunk>();
        for (int ordinal = 0; ordinal < chunkCount(write); ordinal++) {
            var vector = new float[384];
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) random.nextGaussian();
            }
            chunks.add(new EmbeddedChunk(new Chunk(docId, ordinal, "Doc " + docId, List.of(),
                    "version " + write + " of " + docId + " part " + ordinal), vector));
        }
        store.replace(info, chunks);
    }

    static int chunkCount(int write) {
        return 1 + write % 5;
    }

    public static void main(String[] args) {
        try (var index = new LuceneKnowledgeIndex(Path.of(args[0]), NO_MODEL)) {
            for (int pass = 0; ; pass++) {
                for (int write = 0; write < WRITES; write++) {
                    apply(index, write);
                    if (write % COMMIT_EVERY == COMMIT_EVERY - 1) {
                        index.commit();
                        System.out.println("committed " + pass + " " + write);
                        System.out.flush();
                    }
                }
            }
        }
    }
}
