package dev.lore.web.sources;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lore.ingest.IngestReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The last sync of each source (when, how long, what changed, what failed), kept in a JSON file beside the index
 * folder so that the server and offline commands report the same freshness.
 */
public final class SyncLog {

    /**
     * The outcome of a source's last sync; {@code location}, {@code groups} and the globs are kept for sources ingested
     * from the command line ({@code lore ingest PATH}), so that a sync or reindex re-reads them the same way.
     */
    public record Entry(String source, Instant finished, long durationMs, IngestReport.Documents documents,
                        long chunks, List<IngestReport.Problem> errors, String location, Set<String> groups,
                        List<String> include, List<String> exclude) {
        public Entry {
            errors = errors == null ? List.of() : List.copyOf(errors);
            groups = groups == null ? Set.of() : Set.copyOf(groups);
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }

        /** Where the source lives, who may read it and which files it takes. */
        Origin origin() {
            return new Origin(location, groups, include, exclude);
        }
    }

    /** Where a source given on the command line lives, who may read it, and the globs of the files it takes. */
    public record Origin(String location, Set<String> groups, List<String> include, List<String> exclude) {
        public Origin {
            groups = groups == null ? Set.of() : Set.copyOf(groups);
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }

        /** No location: a configured or sample source. */
        static final Origin NONE = new Origin(null, Set.of(), List.of(), List.of());
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SyncLog(Path indexDir) {
        Path absolute = indexDir.toAbsolutePath().normalize();
        this.file = absolute.resolveSibling(absolute.getFileName() + "-sources.json");
    }

    /** Records a finished sync of one source (keeping the location an earlier command-line ingest recorded). */
    public synchronized void record(String source, IngestReport report, Duration took) {
        Entry previous = read().get(source);
        record(source, report, took, previous == null ? Origin.NONE : previous.origin());
    }

    /** Records a finished sync of a source given on the command line, with where it lives and who may read it. */
    public synchronized void record(String source, IngestReport report, Duration took, Origin origin) {
        var entries = new TreeMap<>(read());
        entries.put(source, new Entry(source, Instant.now(), took.toMillis(), report.documents(), report.chunks(),
                report.errors().stream().limit(100).toList(), origin.location(), origin.groups(), origin.include(),
                origin.exclude()));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), entries);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sync log " + file, e);
        }
    }

    /** The last sync per source name. */
    public synchronized Map<String, Entry> read() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Entry>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sync log " + file, e);
        }
    }
}
