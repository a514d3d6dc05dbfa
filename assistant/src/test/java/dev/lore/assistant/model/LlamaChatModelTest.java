package dev.lore.assistant.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.lore.assistant.AssistantException;
import dev.lore.assistant.SyntheticModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LlamaChatModelTest {

    static LlamaChatModel model;

    @BeforeAll
    static void load() {
        var s = SyntheticModel.settings();
        model = new LlamaChatModel(s.path(), s.name(), s.contextSize(), s.threads(), s.temperature(), s.maxAnswerTokens());
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    static ChatRequest request(int maxTokens, List<String> stops) {
        return ChatRequest.builder().messages(SystemMessage.from("You are terse."), UserMessage.from("What is a VPN?"))
                .maxOutputTokens(maxTokens).temperature(0.0).stopSequences(stops).build();
    }

    @Test
    void chatTemplateFromTheGgufIsApplied() {
        var prompt = model.applyTemplate(request(8, List.of()).messages());

        assertThat(prompt).isEqualTo("<|im_start|>system\nYou are terse.<|im_end|>\n<|im_start|>user\nWhat is a VPN?<|im_end|>\n<|im_start|>assistant\n");
        assertThat(model.estimateTokenCountInText("<|im_start|>")).isEqualTo(1);
        assertThat(model.estimateTokenCountInText("What is a VPN?")).isBetween(4, 8);
    }

    @Test
    void streamsTokensThenCompletes() {
        var parts = new ArrayList<String>();
        var done = new AtomicReference<ChatResponse>();
        model.chat(request(24, List.of()), handler(parts, done, Integer.MAX_VALUE));

        assertThat(parts).hasSizeGreaterThan(1).hasSizeLessThanOrEqualTo(24);
        assertThat(done.get().aiMessage().text()).isEqualTo(String.join("", parts));
        assertThat(done.get().tokenUsage().outputTokenCount()).isEqualTo(parts.size());
        assertThat(model.chat(request(24, List.of())).aiMessage().text()).as("greedy decoding is repeatable")
                .isEqualTo(done.get().aiMessage().text());
    }

    @Test
    void stopStringEndsGeneration() {
        var full = model.chat(request(40, List.of())).aiMessage().text();
        var stop = full.substring(full.length() / 2, full.length() / 2 + 3);
        var cut = model.chat(request(40, List.of(stop))).aiMessage().text();

        assertThat(cut.length()).isLessThan(full.length());
        assertThat(full).startsWith(cut);
        assertThat(cut).doesNotContain(stop);
    }

    @Test
    void cancellingTheStreamStopsGeneration() {
        var parts = new ArrayList<String>();
        var done = new AtomicReference<ChatResponse>();
        model.chat(request(80, List.of()), handler(parts, done, 3));

        assertThat(parts).hasSize(3);
        assertThat(done.get().aiMessage().text()).isEqualTo(String.join("", parts));
        var after = model.chat(request(8, List.of())).aiMessage().text();
        assertThat(after).as("the model is usable after a cancel").isNotEmpty();
    }

    @Test
    void missingFileIsReportedWithItsPath() {
        assertThatThrownBy(() -> new LlamaChatModel(Path.of("no/such/model.gguf"), "x", 512, 1, 0, 32))
                .isInstanceOf(AssistantException.class).hasMessageContaining("no/such/model.gguf");
    }

    static StreamingChatResponseHandler handler(List<String> parts, AtomicReference<ChatResponse> done, int cancelAfter) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                parts.add(partial.text());
                if (parts.size() == cancelAfter) {
                    context.streamingHandle().cancel();
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.set(response);
            }

            @Override
            public void onError(Throwable error) {
                throw new AssertionError(error);
            }
        };
    }
}
