package dev.lore.web.ask;

import dev.lore.assistant.Answer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Counts answers, abstentions and citation failures (claims the verifier flagged), and times answers. */
@Component
class AnswerMetrics {

    private final MeterRegistry registry;

    AnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Answer answer, Duration took, boolean streamed) {
        String mode = answer.mode() == null ? "unknown" : answer.mode();
        registry.counter("lore.answers", "mode", mode, "streamed", String.valueOf(streamed)).increment();
        if (answer.abstained()) {
            registry.counter("lore.abstentions", "mode", mode).increment();
        }
        if (!answer.flagged().isEmpty()) {
            registry.counter("lore.citation.failures", "mode", mode).increment(answer.flagged().size());
        }
        registry.timer("lore.answer.duration", "mode", mode).record(took);
    }

    void failed() {
        registry.counter("lore.answers.failed").increment();
    }
}
