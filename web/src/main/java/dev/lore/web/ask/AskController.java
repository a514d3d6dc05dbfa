package dev.lore.web.ask;

import dev.lore.assistant.Answer;
import dev.lore.web.security.Caller;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code POST /api/v1/ask} (the whole answer, as {@code lore ask --json}) and its streaming twin. */
@RestController
class AskController {

    private final AskService asks;
    private final AnswerStreams streams;

    AskController(AskService asks, AnswerStreams streams) {
        this.asks = asks;
        this.streams = streams;
    }

    @PostMapping("/api/v1/ask")
    Answer ask(@Valid @RequestBody AskRequest request, Authentication authentication) {
        return asks.ask(Caller.of(authentication), request, token -> { }, false);
    }

    /** Server-sent events: {@code token} (text so far, in pieces), {@code citations}, then {@code done} with the answer. */
    @PostMapping(value = "/api/v1/ask/stream", produces = "text/event-stream")
    SseEmitter stream(@Valid @RequestBody AskRequest request, Authentication authentication) {
        return streams.start(Caller.of(authentication), request);
    }
}
