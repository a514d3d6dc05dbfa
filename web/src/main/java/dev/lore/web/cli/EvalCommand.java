package dev.lore.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lore eval}: parent of the evaluation commands ({@code beir}; {@code answers} is added by the assistant). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures retrieval and answer quality against judged datasets.",
        subcommands = {BeirEvalCommand.class, EvalAnswersCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
