package dev.lore.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lore reindex}: rebuilds the whole index into a new generation, then swaps to it. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the whole index from its sources into a new generation and swaps to it atomically.",
                "Asks the running server (role ADMIN) when one holds the index, otherwise works on the folder."})
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options;

    @Override
    public Integer call() throws Exception {
        return options.run((lore, out) -> {
            var result = lore.reindexer().reindex(done -> { });
            out.println(json().writeValueAsString(result));
            out.flush();
            return ExitCodes.OK;
        }, (server, out) -> JobWaiter.await(server, server.post("api/v1/admin/reindex"), out));
    }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    }
}
