package dev.lore.web.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.assistant.Answer;
import dev.lore.assistant.Assistant;
import dev.lore.assistant.Question;
import dev.lore.web.BoundedExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * Streams a completion as OpenAI server-sent event chunks on a bounded, named executor. The role chunk goes out at
 * once; the content is the verified answer, sent when the citation check has passed, because an OpenAI client cannot
 * take back text it has shown and the verifier may remove unsupported claims from the model's raw tokens.
 */
final class CompletionStreamer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CompletionStreamer.class);
    private static final Pattern PIECES = Pattern.compile("(?<=\\s)");
    static final MediaType EVENT_STREAM = new MediaType("text", "event-stream", StandardCharsets.UTF_8);

    private final Assistant assistant;
    private final ObjectMapper json;
    private final AnswerContent content;
    private final BoundedExecutor executor;

    CompletionStreamer(Assistant assistant, ObjectMapper json, AnswerContent content, int threads, int queue) {
        this.assistant = assistant;
        this.json = json;
        this.content = content;
        this.executor = new BoundedExecutor("lore-openai-", threads, queue);
    }

    /** The whole answer as message content, on the caller's thread. */
    String answer(Question question) {
        return content.render(ask(question));
    }

    private Answer ask(Question question) {
        long start = System.nanoTime();
        Answer answer = assistant.ask(question, token -> { });
        log.info("completion answer abstained={} citations={} ms={}", answer.abstained(), answer.citations().size(),
                (System.nanoTime() - start) / 1_000_000);
        return answer;
    }

    /** Starts streaming; throws {@link RejectedExecutionException} when too many streams are waiting. */
    ResponseBodyEmitter stream(Question question, ChatRequest request, String id, long created, String model) {
        var emitter = new ResponseBodyEmitter(Duration.ofMinutes(10).toMillis());
        executor.execute(() -> {
            try {
                send(emitter, OpenAiJson.chunk(json, id, created, model, "assistant", "", null));
                Answer answer = ask(question);
                String text = content.render(answer);
                StringBuilder piece = new StringBuilder();
                for (String word : PIECES.split(text)) {
                    piece.append(word);
                    if (piece.length() >= 24) {
                        send(emitter, OpenAiJson.chunk(json, id, created, model, null, piece.toString(), null));
                        piece.setLength(0);
                    }
                }
                if (!piece.isEmpty()) {
                    send(emitter, OpenAiJson.chunk(json, id, created, model, null, piece.toString(), null));
                }
                send(emitter, OpenAiJson.chunk(json, id, created, model, null, null, "stop"));
                if (request.includeUsage()) {
                    send(emitter, OpenAiJson.usageChunk(json, id, created, model,
                            (request.promptChars() + 3) / 4, OpenAiJson.approximateTokens(text)));
                }
                emitter.send("data: [DONE]\n\n", EVENT_STREAM);
                emitter.complete();
            } catch (IOException e) {
                log.debug("completion stream {} closed by the client", id);
                emitter.completeWithError(e);
            } catch (RuntimeException e) {
                log.error("completion stream {} failed", id, e);
                try {
                    send(emitter, OpenAiJson.error(json, "server_error", "internal_error", "Lore could not answer"));
                    emitter.complete();
                } catch (IOException closed) {
                    emitter.completeWithError(closed);
                }
            }
        });
        return emitter;
    }

    private void send(ResponseBodyEmitter emitter, Object chunk) throws IOException {
        emitter.send("data: " + json.writeValueAsString(chunk) + "\n\n", EVENT_STREAM);
    }

    @Override
    public void close() {
        executor.close();
    }
}
