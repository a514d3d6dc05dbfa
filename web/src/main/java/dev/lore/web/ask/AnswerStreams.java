package dev.lore.web.ask;

import dev.lore.assistant.Answer;
import dev.lore.web.LoreProperties;
import dev.lore.web.error.BusyException;
import dev.lore.web.security.Caller;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Runs streamed answers on a bounded, named executor (threads {@code lore-answer-N}); on shutdown the executor waits
 * for answers in flight to finish.
 */
@Component
class AnswerStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswerStreams.class);

    private final AskService asks;
    private final ThreadPoolTaskExecutor executor;
    private final long timeoutMillis;

    AnswerStreams(AskService asks, LoreProperties properties) {
        this.asks = asks;
        this.timeoutMillis = properties.api().answerTimeout().toMillis();
        executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("lore-answer-");
        executor.setCorePoolSize(properties.api().answerThreads());
        executor.setMaxPoolSize(properties.api().answerThreads());
        executor.setQueueCapacity(properties.api().answerQueue());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationMillis(timeoutMillis);
        executor.initialize();
    }

    SseEmitter start(Caller caller, AskRequest request) {
        var emitter = new SseEmitter(timeoutMillis);
        var closed = new AtomicBoolean();
        emitter.onCompletion(() -> closed.set(true));
        emitter.onTimeout(() -> closed.set(true));
        emitter.onError(e -> closed.set(true));
        String requestId = MDC.get("requestId");
        try {
            executor.execute(() -> answer(caller, request, emitter, closed, requestId));
        } catch (TaskRejectedException e) {
            throw new BusyException("too many answers in progress; try again in a moment");
        }
        return emitter;
    }

    private void answer(Caller caller, AskRequest request, SseEmitter emitter, AtomicBoolean closed, String requestId) {
        if (requestId != null) {
            MDC.put("requestId", requestId);
        }
        try {
            Answer answer = asks.ask(caller, request, token -> send(emitter, closed, "token", Map.of("text", token)),
                    true);
            send(emitter, closed, "citations", answer.citations());
            send(emitter, closed, "done", answer);
            emitter.complete();
        } catch (RuntimeException e) {
            log.warn("streamed answer failed", e);
            send(emitter, closed, "error", Map.of("error", "answer_failed", "message", "the answer failed; see the server log"));
            emitter.complete();
        } finally {
            MDC.remove("requestId");
        }
    }

    private static void send(SseEmitter emitter, AtomicBoolean closed, String event, Object data) {
        if (closed.get()) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            // The client went away; the answer still finishes so its metrics and conversation stay whole.
            closed.set(true);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
