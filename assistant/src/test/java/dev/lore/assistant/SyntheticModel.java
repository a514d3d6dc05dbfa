package dev.lore.assistant;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The synthetic GGUF fixture in ../shared/models (random weights, SmolLM2's real tokenizer and chat template). */
public final class SyntheticModel {

    private SyntheticModel() {
    }

    /** Its path; skips the calling test with a clear message when ../shared/models is not there. */
    public static Path path() {
        var name = Path.of("models", "tiny-synthetic-smollm2-tokenizer-q8_0.gguf");
        var configured = Path.of(System.getProperty("lore.shared.dir", "../shared")).resolve(name);
        if (Files.isRegularFile(configured)) {
            return configured;
        }
        // From a git worktree the configured ../shared is one level off: look for a shared/ folder beside any ancestor.
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "skipped: synthetic GGUF not found at " + configured.toAbsolutePath()
                + " (set -Dlore.shared.dir to the folder holding models/)");
        return configured;
    }

    /** Settings for it: small window, two threads, greedy sampling, short answers. */
    public static ModelSettings settings() {
        return new ModelSettings(ModelSettings.LLAMA, path(), null, "tiny-synthetic", 2048, 2, 0.0, 96, null, null);
    }
}
