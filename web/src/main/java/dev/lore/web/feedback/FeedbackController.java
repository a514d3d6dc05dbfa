package dev.lore.web.feedback;

import dev.lore.web.security.Caller;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Thumbs up/down from the chat page, and the list knowledge owners read (ADMIN). */
@RestController
class FeedbackController {

    private final FeedbackStore store;

    FeedbackController(FeedbackStore store) {
        this.store = store;
    }

    @PostMapping("/api/v1/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    FeedbackEntry give(@Valid @RequestBody FeedbackRequest request, Authentication authentication) {
        var entry = new FeedbackEntry(Instant.now(), Caller.of(authentication).name(), request.rating().name(),
                request.comment(), request.conversationId(), request.question(), request.answer(),
                request.docIds() == null ? List.of() : request.docIds());
        store.append(entry);
        return entry;
    }

    @GetMapping("/api/v1/admin/feedback")
    List<FeedbackEntry> list(@RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("parameter 'limit' must be between 1 and 10000, was " + limit);
        }
        return store.newest(limit);
    }
}
