package dev.lore.web.cli;

import dev.lore.ingest.IngestProgress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lore sync SOURCE}: brings the index in line with one configured source. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Syncs one source: adds, updates and deletes what changed.",
                "SOURCE is a name from lore.sources, or handbook, hr, finance of the bundled sample.",
                "Asks the running server (role ADMIN) when one holds the index, otherwise works on the folder."})
final class SyncCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "source name")
    String source;

    @Mixin
    ServerOptions options;

    @Override
    public Integer call() throws Exception {
        return options.run((lore, out) -> {
            try (var ingestion = lore.ingestion(IngestProgress.automatic())) {
                var report = lore.sourceSync(ingestion).sync(source);
                out.println(ReindexCommand.json().writeValueAsString(report));
                out.flush();
                return report.succeeded() ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }, (server, out) -> {
            String path = "api/v1/admin/sources/" + URLEncoder.encode(source, StandardCharsets.UTF_8).replace("+", "%20")
                    + "/sync";
            return JobWaiter.await(server, server.post(path), out);
        });
    }
}
