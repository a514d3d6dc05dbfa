package dev.lore.assistant.model;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.TokenCountEstimator;

/**
 * Token estimate for models whose tokenizer is remote (HTTP endpoints): one token per 3.5 characters, rounded up,
 * which over-counts English BPE tokenizers slightly, so a packed prompt still fits.
 */
public final class CharacterTokenEstimator implements TokenCountEstimator {

    @Override
    public int estimateTokenCountInText(String text) {
        return (int) Math.ceil(text.length() / 3.5);
    }

    @Override
    public int estimateTokenCountInMessage(ChatMessage message) {
        return 4 + estimateTokenCountInText(text(message));
    }

    @Override
    public int estimateTokenCountInMessages(Iterable<ChatMessage> messages) {
        int total = 3;
        for (var m : messages) {
            total += estimateTokenCountInMessage(m);
        }
        return total;
    }

    static String text(ChatMessage message) {
        return switch (message) {
            case SystemMessage s -> s.text();
            case UserMessage u -> u.hasSingleText() ? u.singleText() : u.toString();
            case AiMessage a -> a.text() == null ? "" : a.text();
            default -> message.toString();
        };
    }
}
