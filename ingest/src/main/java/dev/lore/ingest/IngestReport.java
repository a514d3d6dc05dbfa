package dev.lore.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an ingestion run did; serialized with Jackson it is the JSON report of {@code lore ingest --report}.
 *
 * @param documents counts of documents per outcome
 * @param chunks chunks written (embedded and stored) in this run
 * @param errors documents (or sources) that failed, with the reason
 * @param skipped files that are not documents Lore reads (images, archives, unknown binaries), with the reason
 */
public record IngestReport(Documents documents, long chunks, List<Problem> errors, List<Problem> skipped) {

    public IngestReport {
        Objects.requireNonNull(documents, "documents");
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
    }

    /** A report of nothing done, to add others to. */
    public static IngestReport empty() {
        return new IngestReport(new Documents(0, 0, 0, 0, 0, 0), 0, List.of(), List.of());
    }

    /** True when no document and no source failed: the CLI exits 0. */
    public boolean succeeded() {
        return errors.isEmpty() && documents.failed() == 0;
    }

    /** The sum of two runs (several sources in one command). */
    public IngestReport plus(IngestReport other) {
        var allErrors = new ArrayList<>(errors);
        allErrors.addAll(other.errors);
        var allSkipped = new ArrayList<>(skipped);
        allSkipped.addAll(other.skipped);
        return new IngestReport(documents.plus(other.documents), chunks + other.chunks, allErrors, allSkipped);
    }

    /** Documents per outcome; {@code failed} documents are listed in {@code errors}. */
    public record Documents(long added, long updated, long unchanged, long deleted, long failed, long skipped) {

        Documents plus(Documents o) {
            return new Documents(added + o.added, updated + o.updated, unchanged + o.unchanged, deleted + o.deleted,
                    failed + o.failed, skipped + o.skipped);
        }
    }

    /**
     * A document or source that could not be ingested.
     *
     * @param source source name
     * @param path the file's path within the source, or the URL; the source location when the listing failed
     * @param message why, in words a user can act on
     */
    public record Problem(String source, String path, String message) {

        public Problem {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }
    }
}
