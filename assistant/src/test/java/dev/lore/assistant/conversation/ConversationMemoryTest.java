package dev.lore.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationMemoryTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void keepsOnlyTheLastTurns() {
        var memory = new ConversationMemory(2, Duration.ofMinutes(30), 100, Clock.systemUTC());
        for (int i = 1; i <= 5; i++) {
            memory.add("c", "question " + i, "answer " + i);
        }
        var history = memory.history("c");

        assertThat(history).hasSize(4);
        assertThat(((UserMessage) history.get(0)).singleText()).isEqualTo("question 4");
        assertThat(((AiMessage) history.get(3)).text()).isEqualTo("answer 5");
    }

    @Test
    void forgetsAnIdleConversation() {
        var clock = new MutableClock();
        var memory = new ConversationMemory(6, Duration.ofMinutes(30), 100, clock);
        memory.add("c", "q", "a");
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(memory.history("c")).hasSize(2);
        memory.add("c", "q2", "a2");
        clock.now = clock.now.plus(Duration.ofMinutes(31));

        assertThat(memory.history("c")).isEmpty();
    }

    @Test
    void dropsTheLeastRecentlyUsedConversationWhenFull() {
        var memory = new ConversationMemory(6, Duration.ofMinutes(30), 2, Clock.systemUTC());
        memory.add("a", "q", "a");
        memory.add("b", "q", "a");
        memory.history("a");
        memory.add("c", "q", "a");

        assertThat(memory.size()).isEqualTo(2);
        assertThat(memory.history("b")).isEmpty();
        assertThat(memory.history("a")).isNotEmpty();
    }

    @Test
    void ruleBasedCondenserAddsTheSubjectOfThePreviousQuestion() {
        assertThat(RuleBasedCondenser.condense("Which extension do I call when it drops?", "How do I connect to the VPN?"))
                .isEqualTo("Which extension do I call when it drops? (connect VPN)");
        assertThat(RuleBasedCondenser.condense("What is the meal allowance abroad in Portugal?", "How do I connect to the VPN?"))
                .as("a standalone question stays as it is").isEqualTo("What is the meal allowance abroad in Portugal?");
        assertThat(RuleBasedCondenser.condense("And in Porto?", null)).isEqualTo("And in Porto?");
    }

    @Test
    void modelRewriteIsUsedWhenItStaysOnTopicAndDiscardedWhenItDrifts() {
        var history = List.of(UserMessage.from("How do I connect to the VPN?"), AiMessage.from("Install KestrelConnect [1]."));
        var query = Query.from("Which extension do I call when it drops?",
                Metadata.from(UserMessage.from("Which extension do I call when it drops?"), "c", history));

        var onTopic = new ModelCondenser(reply("Which extension do I call when the VPN connection drops?")).transform(query);
        var drifting = new ModelCondenser(reply("treasury aggravate compete cham Greenland")).transform(query);

        assertThat(onTopic).extracting(Query::text).containsExactly("Which extension do I call when the VPN connection drops?");
        assertThat(drifting).extracting(Query::text).containsExactly("Which extension do I call when it drops? (connect VPN)");
    }

    static ChatModel reply(String text) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
            }
        };
    }
}
