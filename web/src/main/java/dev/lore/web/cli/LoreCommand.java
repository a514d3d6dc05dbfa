package dev.lore.web.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lore} root command; each feature adds its subcommand class to the list below. */
@Command(name = "lore", mixinStandardHelpOptions = true, versionProvider = LoreVersion.class,
        description = "On-prem knowledge assistant: ingest documents, search them, ask questions with cited answers.",
        subcommands = {
                ServeCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                ReindexCommand.class,
                SyncCommand.class,
                StatusCommand.class,
                AskCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                ModelCommand.class,
                CommandLine.HelpCommand.class
        })
public final class LoreCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;

    private LoreCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The environment the commands read credentials from (LORE_USER, LORE_PASSWORD). */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line and returns its exit code (see {@link ExitCodes}); never starts the server. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli command line, for tests that want to capture its output. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line reading credentials from {@code environment} instead of the process environment. */
    public static CommandLine commandLine(Map<String, String> environment) {
        return new CommandLine(new LoreCommand(environment))
                .setExitCodeExceptionMapper(new ExitCodes())
                .setExecutionExceptionHandler(new ExitCodes());
    }
}
