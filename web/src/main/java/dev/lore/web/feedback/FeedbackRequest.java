package dev.lore.web.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/v1/feedback}: thumbs up or down on an answer, with an optional comment. */
record FeedbackRequest(@NotNull Rating rating, @Size(max = 2000) String comment, @Size(max = 200) String conversationId,
                       @Size(max = 4000) String question, @Size(max = 20000) String answer,
                       @Size(max = 50) List<String> docIds) {

    enum Rating { up, down }
}
