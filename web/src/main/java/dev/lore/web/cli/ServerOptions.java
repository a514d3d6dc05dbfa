package dev.lore.web.cli;

import dev.lore.index.IndexLockedException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

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

    /** What a command does offline on the index folder; returns the exit code. */
    interface Offline {
        int run(OfflineLore lore) throws Exception;
    }

    /** What a command asks a running server; returns the exit code. */
    interface Remote {
        int run(ServerClient server) throws Exception;
    }

    /** Runs {@code remote} against --server, or {@code offline} on the folder, or {@code remote} on the local server holding it. */
    int run(Offline offline, Remote remote) throws Exception {
        if (server != null) {
            return remote.run(new ServerClient(server, System.getenv()));
        }
        var settings = CliSettings.load();
        OfflineLore lore;
        try {
            lore = new OfflineLore(settings, index != null ? index : settings.index().dir());
        } catch (IndexLockedException e) {
            String local = CliSettings.localServer();
            var client = new ServerClient(local, System.getenv());
            if (!client.reachable()) {
                throw new IllegalStateException(e.getMessage() + "; no server answers at " + local + ": pass --server URL");
            }
            return remote.run(client);
        }
        try (lore) {
            return offline.run(lore);
        }
    }
}
