package dev.lore.assistant.model;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.lore.assistant.AssistantException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Checks a GGUF file before an operator configures it: its sha-256 (against the published value when given), that
 * llama.cpp loads it, that its chat template renders, and that it generates a few tokens.
 */
public final class ModelVerifier {

    /**
     * What a verification found.
     *
     * @param sha256Matches null when no expected value was given
     * @param problem why the file is unusable (null when it loaded and generated)
     */
    public record Result(Path file, long sizeBytes, String sha256, Boolean sha256Matches, long loadMs,
                         int templateTokens, String sample, String problem) {

        /** Whether the file may be used: checksum as expected (or not checked) and the model works. */
        public boolean ok() {
            return problem == null && !Boolean.FALSE.equals(sha256Matches);
        }
    }

    private ModelVerifier() {
    }

    /** Verifies {@code file}; {@code expectedSha256} may be null. */
    public static Result verify(Path file, String expectedSha256) {
        if (!Files.isRegularFile(file)) {
            throw new AssistantException("model file not found: " + file.toAbsolutePath());
        }
        long size;
        String sha;
        try {
            size = Files.size(file);
            sha = sha256(file);
        } catch (IOException e) {
            throw new AssistantException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Boolean matches = expectedSha256 == null ? null : sha.equalsIgnoreCase(expectedSha256.strip());
        long start = System.nanoTime();
        try (var model = new LlamaChatModel(file, file.getFileName().toString(), 512, 1, 0.0, 8)) {
            long loadMs = (System.nanoTime() - start) / 1_000_000;
            var messages = List.of(SystemMessage.from("You answer briefly."), UserMessage.from("Say hello."));
            var prompt = model.applyTemplate(messages);
            var sample = model.chat(ChatRequest.builder().messages(messages).maxOutputTokens(8).temperature(0.0).build())
                    .aiMessage().text();
            return new Result(file, size, sha, matches, loadMs, model.estimateTokenCountInText(prompt), sample, null);
        } catch (AssistantException e) {
            return new Result(file, size, sha, matches, 0, 0, "", e.getMessage());
        }
    }

    /** Hex sha-256 of a file. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest()).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
