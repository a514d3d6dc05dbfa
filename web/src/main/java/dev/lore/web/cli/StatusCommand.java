package dev.lore.web.cli;

import dev.lore.web.admin.Status;
import dev.lore.assistant.AssistantConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lore status}: documents, chunks, generation and each source's last sync, failures and freshness. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Prints the index status as JSON: documents, chunks, generation, model, sources.",
                "Per source: last sync, failures and freshness (seconds since the last sync).",
                "Asks the running server (role ADMIN) when one holds the index, otherwise reads the folder."})
final class StatusCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options;

    @Override
    public Integer call() throws Exception {
        return options.run((lore, out) -> {
            var model = AssistantConfig.from(CliAssistant.properties(Map.of())).model();
            var status = Status.of(lore.index.stats(), lore.catalog, lore.syncLog, model.name(), model.provider(),
                    List.of());
            out.println(ReindexCommand.json().writeValueAsString(status));
            out.flush();
            return ExitCodes.OK;
        }, (server, out) -> {
            out.println(server.pretty(server.get("api/v1/admin/status")));
            out.flush();
            return ExitCodes.OK;
        });
    }
}
