package dev.lore.web.slack;

/**
 * A question as it arrived from the chat platform, before the asker's groups are known (resolving them may need the
 * platform's API, which must not delay the acknowledgement).
 *
 * @param text the question without bot mentions
 * @param userId the platform's id of the asker
 * @param directMessage whether it was asked in a direct message (otherwise only {@code everyone}'s documents are used)
 * @param conversationId the assistant conversation (a thread), or null
 */
record ChatQuestion(String text, String userId, boolean directMessage, String conversationId) {

    ChatQuestion {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
    }
}
