package dev.lore.web.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ChatRequestTest {

    private final ObjectMapper json = new ObjectMapper();

    private ChatRequest parse(String body) throws Exception {
        return ChatRequest.parse(json.readTree(body));
    }

    @Test
    void lastUserMessageIsTheQuestionAndEarlierTurnsAreHistory() throws Exception {
        var request = parse("""
                {"model":"lore","stream":true,"stream_options":{"include_usage":true},"messages":[
                 {"role":"system","content":"You are a pirate"},
                 {"role":"user","content":"How do I set up the VPN?"},
                 {"role":"assistant","content":"Install WireGuard [1]."},
                 {"role":"user","content":[{"type":"text","text":"And on a phone?"}]}]}""");

        assertThat(request.question()).isEqualTo("And on a phone?");
        assertThat(request.history()).containsExactly(new ChatRequest.Turn("user", "How do I set up the VPN?"),
                new ChatRequest.Turn("assistant", "Install WireGuard [1]."));
        assertThat(request.stream()).isTrue();
        assertThat(request.includeUsage()).isTrue();
    }

    @Test
    void requestWithoutTrailingUserMessageIsRefusedNamingTheField() {
        assertThatThrownBy(() -> parse("{\"messages\":[{\"role\":\"assistant\",\"content\":\"hi\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'messages'");
        assertThatThrownBy(() -> parse("{\"model\":\"lore\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'messages'");
    }

    @Test
    void followUpsOfOneChatShareAConversationAndUsersDoNot() throws Exception {
        var first = parse("{\"messages\":[{\"role\":\"user\",\"content\":\"How do I set up the VPN?\"}]}");
        var second = parse("""
                {"messages":[{"role":"user","content":"How do I set up the VPN?"},
                 {"role":"assistant","content":"Install WireGuard."},{"role":"user","content":"On a phone?"}]}""");

        assertThat(ConversationKey.of("alice", first)).isEqualTo(ConversationKey.of("alice", second));
        assertThat(ConversationKey.of("bob", second)).isNotEqualTo(ConversationKey.of("alice", second));
    }
}
