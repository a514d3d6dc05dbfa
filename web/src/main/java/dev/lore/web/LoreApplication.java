package dev.lore.web;

import dev.lore.web.cli.LoreCommand;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Entry point of the Lore server and command-line tool: no arguments or {@code serve} starts the server, anything else
 * runs a {@code lore} command and exits with its code.
 */
@SpringBootApplication
@EnableConfigurationProperties(LoreProperties.class)
public class LoreApplication {

    public static void main(String[] args) {
        if (isServe(args)) {
            String[] springArgs = args.length > 0 && "serve".equals(args[0])
                    ? Arrays.copyOfRange(args, 1, args.length) : args;
            SpringApplication.run(LoreApplication.class, springArgs);
            return;
        }
        // Command output (--json above all) owns stdout: log lines go to stderr. Set before the first logger exists.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        System.exit(LoreCommand.execute(args));
    }

    /** Whether the arguments ask for the server (and not for help about it): none, {@code serve}, or only --key=value. */
    static boolean isServe(String[] args) {
        if (args.length == 0 || Arrays.stream(args).allMatch(arg -> arg.matches("--[a-z][\\w.\\[\\]-]*=.*"))) {
            return true;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return "serve".equals(args[0]) && !rest.contains("--help") && !rest.contains("-h");
    }
}
