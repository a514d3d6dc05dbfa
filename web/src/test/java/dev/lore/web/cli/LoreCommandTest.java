package dev.lore.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LoreCommandTest {

    @Test
    void everyCommandAnswersHelpWithExitCodeZero() {
        CommandLine root = LoreCommand.commandLine();
        for (String name : root.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            var out = new StringWriter();
            CommandLine cl = LoreCommand.commandLine().setOut(new PrintWriter(out));
            assertThat(cl.execute(name, "--help")).as("lore %s --help", name).isZero();
            assertThat(out.toString()).as("help of %s", name).contains("Usage:");
        }
    }

    @Test
    void unknownOptionIsUsageError() {
        var err = new StringWriter();
        CommandLine cl = LoreCommand.commandLine().setErr(new PrintWriter(err));
        assertThat(cl.execute("--no-such-option")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--no-such-option");
    }
}
