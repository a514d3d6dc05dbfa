package dev.lore.web.ask;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Assistant;
import dev.lore.assistant.Question;
import dev.lore.web.security.Caller;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Asks the assistant on behalf of a caller: the caller's groups filter retrieval; logs and metrics around it. */
@Service
class AskService {

    private static final Logger log = LoggerFactory.getLogger(AskService.class);

    private final Assistant assistant;
    private final AnswerMetrics metrics;
    private final boolean logQuestions;

    AskService(Assistant assistant, AnswerMetrics metrics,
               @Value("${lore.privacy.log-questions:false}") boolean logQuestions) {
        this.assistant = assistant;
        this.metrics = metrics;
        this.logQuestions = logQuestions;
    }

    Answer ask(Caller caller, AskRequest request, Consumer<String> onToken, boolean streamed) {
        var question = new Question(request.question(), caller.groups(), blankToNull(request.conversationId()));
        long start = System.nanoTime();
        try {
            Answer answer = assistant.ask(question, onToken);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            metrics.record(answer, took, streamed ? "web-stream" : "web");
            log.info("answer user={} question={} abstained={} citations={} mode={} ms={}", caller.name(),
                    logQuestions ? request.question() : "(" + request.question().length() + " chars)",
                    answer.abstained(), answer.citations().size(), answer.mode(), took.toMillis());
            return answer;
        } catch (RuntimeException e) {
            metrics.failed(streamed ? "web-stream" : "web");
            throw e;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
