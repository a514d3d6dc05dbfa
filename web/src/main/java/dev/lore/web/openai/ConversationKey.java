package dev.lore.web.openai;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Maps a stateless OpenAI conversation onto the assistant's conversation by id: the id is derived from the caller and
 * the conversation's first user message, which every later request of the same chat repeats, so follow-up questions
 * reach the assistant's conversation memory (and its query rewriting) under one id per chat and user.
 */
final class ConversationKey {

    private ConversationKey() {
    }

    static String of(String user, ChatRequest request) {
        String first = request.history().stream().filter(t -> t.role().equals("user")).findFirst()
                .map(ChatRequest.Turn::content).orElse(request.question());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((user + "\u0000" + first.strip()).getBytes(StandardCharsets.UTF_8));
            return "openai-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
