package dev.lore.web.ask;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/ask} and {@code /api/v1/ask/stream}. */
record AskRequest(@NotBlank @Size(max = 4000) String question, @Size(max = 200) String conversationId) {
}
