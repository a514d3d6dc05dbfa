package dev.lore.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.lore.ingest.Chunk;
import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.EmbeddedChunk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small documents embedded with the real all-MiniLM-L6-v2 model, shared by the index tests. */
public final class TestCorpus {

    /** Loaded once per test JVM: the ONNX session takes about a second to start. */
    public static final EmbeddingModel MODEL = new AllMiniLmL6V2EmbeddingModel();

    private TestCorpus() {
    }

    public static DocumentInfo info(String docId, String source, Set<String> groups, String hash) {
        return new DocumentInfo(docId, source, source + "/" + docId, "Title of " + docId, groups, hash,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** One chunk per text, embedded with the real model. */
    public static List<EmbeddedChunk> chunks(String docId, String... texts) {
        var chunks = new ArrayList<Chunk>();
        for (int i = 0; i < texts.length; i++) {
            chunks.add(new Chunk(docId, i, "Title of " + docId, List.of("Section " + i), texts[i]));
        }
        var vectors = MODEL.embedAll(chunks.stream().map(c -> TextSegment.from(c.embeddingText())).toList()).content();
        var embedded = new ArrayList<EmbeddedChunk>();
        for (int i = 0; i < chunks.size(); i++) {
            embedded.add(new EmbeddedChunk(chunks.get(i), vectors.get(i).vector()));
        }
        return embedded;
    }
}
