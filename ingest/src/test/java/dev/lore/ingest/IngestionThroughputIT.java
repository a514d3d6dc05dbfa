package dev.lore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.lore.ingest.chunk.Chunker;
import dev.lore.ingest.chunk.Wordpieces;
import dev.lore.ingest.embed.MiniLmVariant;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import dev.lore.ingest.parse.DocumentParser;
import dev.lore.ingest.source.FolderSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Ingestion of a real Markdown corpus must run at the speed of embedding alone: parsing overlaps it. */
class IngestionThroughputIT {

    @Test
    void ingestionKeepsUpWithRawEmbedding() throws IOException {
        var found = SharedFolder.find("corpora/18f-handbook/pages");
        Assumptions.assumeTrue(found.isPresent(), "needs the 18F handbook in ../shared/corpora");
        var pages = found.get();
        var source = new FolderSource("handbook", Set.of("everyone"), pages, 
                List.of("performance-management/**", "office-of-operations/**", "updating-the-handbook/**"), List.of());
        var options = IngestOptions.defaults();

        var texts = new ArrayList<String>();
        try (var wordpieces = Wordpieces.allMiniLmL6V2()) {
            var parser = new DocumentParser(options.maxBytes(), options.maxCharacters());
            var chunker = new Chunker(wordpieces, options.targetWordpieces(), options.overlapSentences());
            source.items(item -> {
                try {
                    chunker.chunk("handbook:" + item.path(), parser.parse(item.path(), item.content().read()))
                            .forEach(chunk -> texts.add(chunk.embeddingText()));
                } catch (IOException | IngestException e) {
                    // the same files fail in both measurements
                }
            });
        }
        try (var model = OnnxMiniLmEmbeddingModel.load(MiniLmVariant.FLOAT)) {
            model.embedAll(texts.subList(0, Math.min(64, texts.size())).stream().map(TextSegment::from).toList());
            var rawBefore = rawChunksPerSecond(model, texts, options.batchSize());
            double pipeline;
            try (var ingestion = new Ingestion(new InMemoryDocumentStore(), model, options, IngestProgress.none())) {
                var start = System.nanoTime();
                var report = ingestion.sync(source);
                pipeline = report.chunks() / ((System.nanoTime() - start) / 1e9);
                assertThat(report.chunks()).isEqualTo(texts.size());
            }
            // Measured before and after, since other processes on a shared machine change the speed over time.
            var raw = (rawBefore + rawChunksPerSecond(model, texts, options.batchSize())) / 2;
            System.out.printf("18F handbook: %d chunks; raw embedding %.1f chunks/s; ingestion %.1f chunks/s; ratio %.2f%n",
                    texts.size(), raw, pipeline, pipeline / raw);
            assertThat(pipeline / raw).isGreaterThan(0.8);
        }
    }

    private static double rawChunksPerSecond(OnnxMiniLmEmbeddingModel model, List<String> texts, int batchSize) {
        var start = System.nanoTime();
        for (var i = 0; i < texts.size(); i += batchSize) {
            model.embedAll(texts.subList(i, Math.min(texts.size(), i + batchSize)).stream().map(TextSegment::from).toList());
        }
        return texts.size() / ((System.nanoTime() - start) / 1e9);
    }
}
