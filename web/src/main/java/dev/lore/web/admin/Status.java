package dev.lore.web.admin;

import dev.lore.index.IndexStats;
import dev.lore.ingest.IngestReport;
import dev.lore.web.sources.SourceCatalog;
import dev.lore.web.sources.SyncLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What {@code GET /api/v1/admin/status} and {@code lore status} report: index size and generation, the model and
 * answer mode, and per source its last sync, failures and freshness.
 */
public record Status(long documents, long chunks, long sizeBytes, long generation, String model, String mode,
                     List<SourceStatus> sources, List<JobStatus> jobs) {

    /** A source's last sync; {@code ageSeconds} is the time since it finished (null when never synced). */
    public record SourceStatus(String name, Set<String> groups, Instant lastSync, Long ageSeconds, Long durationMs,
                               IngestReport.Documents documents, Long chunks, int failures,
                               List<IngestReport.Problem> errors) {
    }

    /** Builds the report from the index, the catalog of sources and their sync log. */
    public static Status of(IndexStats stats, SourceCatalog catalog, SyncLog syncLog, String model, String mode,
                            List<JobStatus> jobs) {
        var log = syncLog.read();
        Instant now = Instant.now();
        var names = new java.util.LinkedHashSet<>(catalog.names());
        names.addAll(log.keySet());
        List<SourceStatus> sources = names.stream().map(name -> {
            SyncLog.Entry entry = log.get(name);
            if (entry == null) {
                return new SourceStatus(name, catalog.groups(name), null, null, null, null, null, 0, List.of());
            }
            return new SourceStatus(name, catalog.groups(name), entry.finished(),
                    Duration.between(entry.finished(), now).toSeconds(), entry.durationMs(), entry.documents(),
                    entry.chunks(), entry.errors().size(), entry.errors().stream().limit(20).toList());
        }).toList();
        return new Status(stats.documents(), stats.chunks(), stats.sizeBytes(), stats.generation(), model, mode,
                sources, jobs);
    }
}
