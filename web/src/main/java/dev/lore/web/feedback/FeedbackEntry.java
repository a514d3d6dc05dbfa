package dev.lore.web.feedback;

import java.time.Instant;
import java.util.List;

/** One stored piece of feedback, as a line of the feedback file. */
record FeedbackEntry(Instant time, String user, String rating, String comment, String conversationId, String question,
                     String answer, List<String> docIds) {
}
