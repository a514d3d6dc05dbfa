package dev.lore.web.ask;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Assistant;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Counts answers, abstentions and citation failures (claims the verifier flagged), and times answers, tagged with the
 * answer mode and the channel that asked (the chat page and REST API, Slack, the OpenAI-compatible endpoint).
 */
@Component
public class AnswerMetrics {

    private final MeterRegistry registry;

    public AnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code assistant} with every answer it gives recorded under {@code channel}. */
    public Assistant metered(Assistant assistant, String channel) {
        return (question, onToken) -> {
            long start = System.nanoTime();
            try {
                var answer = assistant.ask(question, onToken);
                record(answer, Duration.ofNanos(System.nanoTime() - start), channel);
                return answer;
            } catch (RuntimeException e) {
                failed(channel);
                throw e;
            }
        };
    }

    void record(Answer answer, Duration took, String channel) {
        String mode = answer.mode() == null ? "unknown" : answer.mode();
        registry.counter("lore.answers", "mode", mode, "channel", channel).increment();
        if (answer.abstained()) {
            registry.counter("lore.abstentions", "mode", mode, "channel", channel).increment();
        }
        if (!answer.flagged().isEmpty()) {
            registry.counter("lore.citation.failures", "mode", mode, "channel", channel).increment(answer.flagged().size());
        }
        registry.timer("lore.answer.duration", "mode", mode, "channel", channel).record(took);
    }

    void failed(String channel) {
        registry.counter("lore.answers.failed", "channel", channel).increment();
    }
}
