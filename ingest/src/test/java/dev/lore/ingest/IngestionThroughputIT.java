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
            model.embedAll(texts.subList(0, 64).stream().map(TextSegment::from).toList());
            var start = System.nanoTime();
            for (var i = 0; i < texts.size(); i += options.batchSize()) {
                model.embedAll(texts.subList(i, Math.min(texts.size(), i + options.batchSize())).stream().map(TextSegment::from).toList());
            }
            var raw = texts.size() / ((System.nanoTime() - start) / 1e9);

            var store = new InMemoryDocumentStore();
            try (var ingestion = new Ingestion(store, model, options, IngestProgress.none())) {
                start = System.nanoTime();
                var report = ingestion.sync(source);
                var pipeline = report.chunks() / ((System.nanoTime() - start) / 1e9);
                System.out.printf("18F handbook: %d chunks; raw embedding %.1f chunks/s; ingestion %.1f chunks/s; ratio %.2f%n",
                        report.chunks(), raw, pipeline, pipeline / raw);
                assertThat(report.chunks()).isEqualTo(texts.size());
                assertThat(pipeline / raw).isGreaterThan(0.8);
            }
        }
    }
}
