package dev.lore.web.cli;

import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.IngestReport;
import dev.lore.ingest.source.SourceDefinition;
import dev.lore.web.sources.SyncLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lore ingest PATH_OR_URL...}: syncs folders and intranet sites into the index folder. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests folders (recursively) and intranet sites (http/https, same host) into the index.",
                "Unchanged documents are skipped, changed ones replaced, vanished ones deleted. Bad files are",
                "reported and skipped; the exit code is 1 when any failed."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH_OR_URL", description = "folders or http(s) URLs")
    List<String> locations;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: lore.index.dir, ./data/index)")
    Path index;

    @Option(names = "--source", paramLabel = "NAME",
            description = "source name, the prefix of document ids (default: the folder's name or the site's host)")
    String source;

    @Option(names = "--groups", split = ",", paramLabel = "g1,g2",
            description = "groups allowed to read the documents (default: everyone)")
    List<String> groups = List.of();

    @Option(names = "--include", split = ",", paramLabel = "GLOB",
            description = "folders only: take just the files matching these globs, relative to the folder (e.g. 'docs/**,*.pdf')")
    List<String> include = List.of();

    @Option(names = "--exclude", split = ",", paramLabel = "GLOB",
            description = "folders only: leave out the files matching these globs (e.g. 'drafts/**')")
    List<String> exclude = List.of();

    @Option(names = "--report", paramLabel = "FILE",
            description = "write the JSON report (documents added/updated/unchanged/deleted/failed, chunks, errors)")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (source != null && locations.size() > 1) {
            throw new IllegalArgumentException("--source names one source; give one PATH_OR_URL with it, not "
                    + locations.size());
        }
        var definitions = locations.stream()
                .map(location -> SourceDefinition.of(location, source, groups.isEmpty() ? null : new HashSet<>(groups))
                        .withGlobs(include, exclude))
                .toList();
        var settings = CliSettings.load();
        Path folder = index != null ? index : settings.index().dir();
        IngestReport total = IngestReport.empty();
        try (var lore = new OfflineLore(settings, folder);
             var ingestion = lore.ingestion(IngestProgress.automatic())) {
            for (SourceDefinition definition : definitions) {
                long start = System.nanoTime();
                IngestReport run = ingestion.sync(definition.open(settings.ingest().maxFileSize().toBytes()));
                String location = definition.location().startsWith("http") ? definition.location()
                        : Path.of(definition.location()).toAbsolutePath().normalize().toString();
                lore.syncLog.record(definition.name(), run, Duration.ofNanos(System.nanoTime() - start),
                        new SyncLog.Origin(location, definition.groups(), definition.include(), definition.exclude()));
                total = total.plus(run);
            }
        }
        var out = spec.commandLine().getOut();
        var d = total.documents();
        out.printf("documents: %d added, %d updated, %d unchanged, %d deleted, %d failed, %d skipped; %d chunks%n",
                d.added(), d.updated(), d.unchanged(), d.deleted(), d.failed(), d.skipped(), total.chunks());
        for (IngestReport.Problem problem : total.errors()) {
            out.printf("  failed: %s:%s: %s%n", problem.source(), problem.path(), problem.message());
        }
        out.flush();
        if (report != null) {
            if (report.toAbsolutePath().getParent() != null) {
                Files.createDirectories(report.toAbsolutePath().getParent());
            }
            ReindexCommand.json().writeValue(report.toFile(), total);
        }
        return total.succeeded() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
