package dev.lore.assistant.conversation;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recent turns of each conversation, kept in memory by id: at most {@code maxTurns} turns per conversation, forgotten
 * after {@code maxAge} without activity, and at most {@code maxConversations} conversations (least recently used go
 * first). A conversation belongs to the caller's groups too, so an id reused by another caller starts afresh.
 */
public final class ConversationMemory {

    private final int maxTurns;
    private final Duration maxAge;
    private final int maxConversations;
    private final Clock clock;
    private final Map<String, Conversation> conversations = new LinkedHashMap<>(64, 0.75f, true);

    public ConversationMemory(int maxTurns, Duration maxAge, int maxConversations, Clock clock) {
        this.maxTurns = maxTurns;
        this.maxAge = maxAge;
        this.maxConversations = maxConversations;
        this.clock = clock;
    }

    /** The turns kept for a conversation, oldest first, as LangChain4j messages (question, then answer). */
    public synchronized List<ChatMessage> history(String key) {
        var c = live(key);
        return c == null ? List.of() : List.copyOf(c.messages);
    }

    /** Records a turn: the standalone question and the answer text. */
    public synchronized void add(String key, String question, String answer) {
        var c = live(key);
        if (c == null) {
            c = new Conversation();
            conversations.put(key, c);
        }
        c.messages.add(UserMessage.from(question));
        c.messages.add(AiMessage.from(answer.length() > 600 ? answer.substring(0, 600) : answer));
        while (c.messages.size() > 2 * maxTurns) {
            c.messages.removeFirst();
        }
        c.touched = clock.instant();
        while (conversations.size() > maxConversations) {
            conversations.remove(conversations.keySet().iterator().next());
        }
    }

    /** Number of conversations held (expired ones included until touched). */
    public synchronized int size() {
        return conversations.size();
    }

    private Conversation live(String key) {
        var c = conversations.get(key);
        if (c != null && Duration.between(c.touched, clock.instant()).compareTo(maxAge) > 0) {
            conversations.remove(key);
            return null;
        }
        return c;
    }

    private static final class Conversation {
        final List<ChatMessage> messages = new ArrayList<>();
        Instant touched = Instant.EPOCH;
    }
}
