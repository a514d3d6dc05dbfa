package dev.lore.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Counts outcomes of one run from several threads and turns them into a report. */
final class Tally {

    final AtomicLong listed = new AtomicLong();
    final AtomicLong added = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong deleted = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong chunks = new AtomicLong();
    private final String source;
    private final List<IngestReport.Problem> errors = new ArrayList<>();
    private final List<IngestReport.Problem> skips = new ArrayList<>();

    Tally(String source) {
        this.source = source;
    }

    long done() {
        return added.get() + updated.get() + unchanged.get() + failed.get() + skipped.get();
    }

    synchronized void failed(String path, String reason) {
        failed.incrementAndGet();
        errors.add(new IngestReport.Problem(source, path, reason));
    }

    /** A failure of the source itself (its listing), not of one document. */
    synchronized void sourceFailed(String location, String reason) {
        errors.add(new IngestReport.Problem(source, location, reason));
    }

    synchronized void skipped(String path, String reason) {
        skipped.incrementAndGet();
        skips.add(new IngestReport.Problem(source, path, reason));
    }

    void written(PreparedDocument.Ready ready) {
        (ready.isNew() ? added : updated).incrementAndGet();
        chunks.addAndGet(ready.chunks().size());
    }

    synchronized IngestReport report() {
        var byPath = Comparator.comparing(IngestReport.Problem::path);
        return new IngestReport(
                new IngestReport.Documents(added.get(), updated.get(), unchanged.get(), deleted.get(), failed.get(), skipped.get()),
                chunks.get(), errors.stream().sorted(byPath).toList(), skips.stream().sorted(byPath).toList());
    }
}
