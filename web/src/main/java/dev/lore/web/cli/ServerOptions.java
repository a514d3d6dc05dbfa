package dev.lore.web.cli;

import dev.lore.index.IndexLockedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options of the admin commands: talk to a running server ({@code --server}, credentials from LORE_USER and
 * LORE_PASSWORD) or work offline on the index folder when no server holds it.
 */
final class ServerOptions {

    @Option(names = "--server", paramLabel = "URL",
            description = "running server to ask (default: work offline on the index folder, or ask http://localhost:PORT "
                    + "(server.port) when a server holds it); credentials from LORE_USER/LORE_PASSWORD")
    String server;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: lore.index.dir, ./data/index)")
    Path index;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** What a command does offline on the index folder; returns the exit code. */
    interface Offline {
        int run(OfflineLore lore, PrintWriter out) throws Exception;
    }

    /** What a command asks a running server; returns the exit code. */
    interface Remote {
        int run(ServerClient server, PrintWriter out) throws Exception;
    }

    /** Asks --server, else works offline on the folder, else asks the local server when it holds the folder. */
    int run(Offline offline, Remote remote) throws Exception {
        var out = command.commandLine().getOut();
        if (server != null) {
            return remote.run(new ServerClient(server, environment()), out);
        }
        var settings = CliSettings.load();
        OfflineLore lore;
        try {
            lore = new OfflineLore(settings, index != null ? index : settings.index().dir());
        } catch (IndexLockedException e) {
            String local = CliSettings.localServer();
            var client = new ServerClient(local, environment());
            if (!client.reachable()) {
                throw new IllegalStateException(e.getMessage() + "; no server answers at " + local + ": pass --server URL");
            }
            return remote.run(client, out);
        }
        try (lore) {
            return offline.run(lore, out);
        }
    }

    private Map<String, String> environment() {
        return command.root().userObject() instanceof LoreCommand lore ? lore.environment() : System.getenv();
    }
}
