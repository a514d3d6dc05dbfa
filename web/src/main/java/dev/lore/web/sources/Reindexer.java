package dev.lore.web.sources;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.index.generation.GenerationalIndex;
import dev.lore.index.generation.IndexGeneration;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.IngestReport;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.PushedDocument;
import dev.lore.web.Components;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the whole index into a new generation (every source re-parsed, re-chunked and re-embedded with the
 * current settings, pushed documents re-ingested from the {@link PushArchive}), then swaps to it atomically; searches
 * keep using the old generation until then and never see a half-built index.
 */
public final class Reindexer {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

    private final GenerationalIndex index;
    private final EmbeddingModel embeddingModel;
    private final IngestOptions options;
    private final SourceCatalog catalog;
    private final PushArchive pushed;
    private final SyncLog syncLog;
    private final MeterRegistry metrics;

    public Reindexer(GenerationalIndex index, EmbeddingModel embeddingModel, IngestOptions options, SourceCatalog catalog,
                     PushArchive pushed, SyncLog syncLog, MeterRegistry metrics) {
        this.index = index;
        this.embeddingModel = embeddingModel;
        this.options = options;
        this.catalog = catalog;
        this.pushed = pushed;
        this.syncLog = syncLog;
        this.metrics = metrics;
    }

    /** Rebuilds and swaps; returns the new generation and the report per source. */
    public Map<String, Object> reindex(LongConsumer progress) {
        long start = System.nanoTime();
        IndexGeneration generation = index.beginRebuild();
        var reports = new LinkedHashMap<String, IngestReport>();
        try (Ingestion ingestion = Components.ingestion(generation.index(), embeddingModel, options, IngestProgress.none())) {
            long documents = 0;
            for (String name : catalog.names()) {
                long sourceStart = System.nanoTime();
                IngestReport report = ingestion.sync(catalog.open(name));
                reports.put(name, report);
                syncLog.record(name, report, Duration.ofNanos(System.nanoTime() - sourceStart));
                SourceSync.count(metrics, name, report);
                documents += report.documents().added();
                progress.accept(documents);
            }
            IngestReport pushReport = IngestReport.empty();
            for (PushedDocument document : pushed.all()) {
                pushReport = pushReport.plus(ingestion.push(document));
                progress.accept(++documents);
            }
            if (!pushed.all().isEmpty()) {
                reports.put("(pushed)", pushReport);
            }
        } catch (RuntimeException e) {
            index.abort(generation);
            throw e;
        }
        index.swapTo(generation);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Timer.builder("lore.reindex.duration").register(metrics).record(took);
        log.info("reindexed into generation {} in {} ms", generation.number(), took.toMillis());
        var result = new LinkedHashMap<String, Object>();
        result.put("generation", generation.number());
        result.put("durationMs", took.toMillis());
        result.put("sources", reports);
        return result;
    }
}
