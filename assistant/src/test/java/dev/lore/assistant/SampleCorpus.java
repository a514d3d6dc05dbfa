package dev.lore.assistant;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lore.index.KnowledgeIndex;
import dev.lore.index.lucene.LuceneKnowledgeIndex;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.source.FolderSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bundled sample corpus (../sample) ingested through the real pipeline into a Lucene index. */
public final class SampleCorpus {

    private SampleCorpus() {
    }

    /** The repository's sample folder; skips the test when it is not there. */
    public static Path folder() {
        var sample = Path.of("..", "sample").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(sample.resolve("qa.jsonl")), "skipped: no sample corpus at " + sample);
        return sample;
    }

    /** Ingests handbook (everyone), hr (hr) and finance (finance) into {@code dir}. */
    public static KnowledgeIndex index(Path dir) {
        var sample = folder();
        var index = new LuceneKnowledgeIndex(dir, TestCorpus.EMBEDDINGS);
        try (var ingestion = new Ingestion(index, TestCorpus.EMBEDDINGS, IngestOptions.defaults(), IngestProgress.automatic())) {
            sync(ingestion, sample);
        }
        return index;
    }

    private static void sync(Ingestion ingestion, Path sample) {
        for (var source : Map.of("handbook", "everyone", "hr", "hr", "finance", "finance").entrySet()) {
            var report = ingestion.sync(new FolderSource(source.getKey(), Set.of(source.getValue()),
                    sample.resolve("corpus").resolve(source.getKey()), List.of(), List.of()));
            System.out.println("ingested " + source.getKey() + ": " + report.documents());
        }
    }
}
