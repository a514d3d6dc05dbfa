package dev.lore.web.cli;

import dev.lore.web.LoreApplication;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Documents {@code lore serve}; {@link LoreApplication#main} starts the server before picocli is involved. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the server (chat page, API, admin) on server.port, default 8080.",
                "Settings come from ./config/application.yml and can be overridden as --key=value,",
                "e.g. lore serve --server.port=9090 --lore.index.dir=/srv/lore/index"})
final class ServeCommand implements Runnable {

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public void run() {
        var args = new ArrayList<String>();
        args.add("serve");
        args.addAll(springArguments);
        LoreApplication.main(args.toArray(String[]::new));
    }
}
