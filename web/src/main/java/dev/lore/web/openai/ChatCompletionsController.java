package dev.lore.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lore.assistant.Question;
import dev.lore.web.security.Caller;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The OpenAI chat API: Lore as one model, answering the last user message as the API key's user. */
@RestController
class ChatCompletionsController {

    private static final long STARTED = Instant.now().getEpochSecond();

    private final CompletionStreamer streamer;
    private final OpenAiProperties properties;
    private final ObjectMapper json;

    ChatCompletionsController(CompletionStreamer streamer, OpenAiProperties properties, ObjectMapper json) {
        this.streamer = streamer;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping("/v1/models")
    ObjectNode models() {
        return OpenAiJson.models(json, properties.model(), STARTED);
    }

    @GetMapping("/v1/models/{model}")
    ResponseEntity<ObjectNode> model(@PathVariable String model) {
        if (!model.equals(properties.model())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(OpenAiJson.error(json, "invalid_request_error",
                    "model_not_found", "model '" + model + "' does not exist; use '" + properties.model() + "'"));
        }
        return ResponseEntity.ok((ObjectNode) OpenAiJson.models(json, model, STARTED).path("data").get(0));
    }

    @PostMapping("/v1/chat/completions")
    ResponseEntity<?> complete(@RequestBody JsonNode body, Authentication caller) {
        ChatRequest request = ChatRequest.parse(body);
        if (!request.model().isEmpty() && !request.model().equals(properties.model())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(OpenAiJson.error(json, "invalid_request_error",
                    "model_not_found", "model '" + request.model() + "' does not exist; use '" + properties.model() + "'"));
        }
        var question = new Question(request.question(), Caller.of(caller).groups(), ConversationKey.of(caller.getName(), request));
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
        long created = Instant.now().getEpochSecond();
        if (request.stream()) {
            try {
                return ResponseEntity.ok().contentType(CompletionStreamer.EVENT_STREAM).header("Cache-Control", "no-cache")
                        .body(streamer.stream(question, request, id, created, properties.model()));
            } catch (RejectedExecutionException e) {
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(OpenAiJson.error(json,
                        "server_error", "overloaded", "too many answers in progress; retry shortly"));
            }
        }
        return ResponseEntity.ok(OpenAiJson.completion(json, id, created, properties.model(),
                streamer.answer(question), (request.promptChars() + 3) / 4));
    }

    @ExceptionHandler({IllegalArgumentException.class, HttpMessageNotReadableException.class})
    ResponseEntity<ObjectNode> badRequest(Exception e) {
        String message = e instanceof HttpMessageNotReadableException ? "request body is not valid JSON" : e.getMessage();
        return ResponseEntity.badRequest().body(OpenAiJson.error(json, "invalid_request_error", "invalid_request", message));
    }
}
