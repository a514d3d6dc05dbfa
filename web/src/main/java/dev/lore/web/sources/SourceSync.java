package dev.lore.web.sources;

import dev.lore.ingest.IngestReport;
import dev.lore.ingest.Ingestion;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Syncs a named source into the index and records the outcome in the {@link SyncLog} and the metrics. */
public final class SourceSync {

    private static final Logger log = LoggerFactory.getLogger(SourceSync.class);

    private final Ingestion ingestion;
    private final SourceCatalog catalog;
    private final SyncLog syncLog;
    private final MeterRegistry metrics;

    public SourceSync(Ingestion ingestion, SourceCatalog catalog, SyncLog syncLog, MeterRegistry metrics) {
        this.ingestion = ingestion;
        this.catalog = catalog;
        this.syncLog = syncLog;
        this.metrics = metrics;
    }

    /** Brings the index in line with one source; bad documents are reported, not thrown. */
    public IngestReport sync(String name) {
        var source = catalog.open(name);
        long start = System.nanoTime();
        IngestReport report = ingestion.sync(source);
        var took = Duration.ofNanos(System.nanoTime() - start);
        syncLog.record(name, report, took);
        count(metrics, name, report);
        log.info("synced source {} in {} ms: {}", name, took.toMillis(), report.documents());
        return report;
    }

    /** Adds a report's counts to the ingestion metrics. */
    public static void count(MeterRegistry metrics, String source, IngestReport report) {
        var documents = report.documents();
        increment(metrics, source, "added", documents.added());
        increment(metrics, source, "updated", documents.updated());
        increment(metrics, source, "unchanged", documents.unchanged());
        increment(metrics, source, "deleted", documents.deleted());
        increment(metrics, source, "failed", documents.failed());
        increment(metrics, source, "skipped", documents.skipped());
        metrics.counter("lore.ingest.chunks", "source", source).increment(report.chunks());
    }

    private static void increment(MeterRegistry metrics, String source, String outcome, long n) {
        metrics.counter("lore.ingest.documents", "source", source, "outcome", outcome).increment(n);
    }
}
