package dev.lore.assistant;

import java.util.Set;

/**
 * A question from a caller: its text, the caller's groups (the access filter) and an optional conversation id for
 * follow-ups.
 */
public record Question(String text, Set<String> groups, String conversationId) {

    public Question {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
