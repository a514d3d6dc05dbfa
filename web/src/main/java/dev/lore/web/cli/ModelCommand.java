package dev.lore.web.cli;

import dev.lore.assistant.model.ModelVerifier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lore model}: checks model files before they are configured. */
@Command(name = "model", mixinStandardHelpOptions = true, description = "Model files: lore model verify FILE [--sha256 HEX].",
        subcommands = {ModelCommand.Verify.class})
final class ModelCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lore model verify}: sha-256, load, chat template and a few generated tokens. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Checks a GGUF model: computes its sha-256 (and compares it with --sha256), loads it with the "
                    + "bundled llama.cpp, renders its chat template and generates a few tokens. Exit code 1 when it "
                    + "fails or the checksum differs."},
            footer = {"", "Example: lore model verify models/qwen2.5-1.5b-instruct-q4_k_m.gguf --sha256 6a1a2eb6..."})
    static final class Verify implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The GGUF file.")
        Path file;

        @Option(names = "--sha256", paramLabel = "HEX", description = "Expected sha-256 (from the model's publisher).")
        String sha256;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var result = ModelVerifier.verify(file, sha256);
            out.printf("file      %s (%,d bytes)%n", result.file(), result.sizeBytes());
            out.printf("sha256    %s%s%n", result.sha256(), result.sha256Matches() == null ? " (not checked: no --sha256)"
                    : result.sha256Matches() ? " (matches)" : " (MISMATCH: expected " + sha256.strip() + ")");
            if (result.problem() != null) {
                out.println("load      FAILED: " + result.problem());
            } else {
                out.printf("load      ok in %d ms; chat template renders (%d tokens for a two-message prompt)%n",
                        result.loadMs(), result.templateTokens());
                out.printf("generate  ok: %s%n", CommandLine.Help.Ansi.OFF.string(result.sample().replace('\n', ' ').strip()));
            }
            out.println(result.ok() ? "OK" : "NOT OK");
            out.flush();
            return result.ok() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
