package dev.lore.assistant.conversation;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.assistant.AssistantException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recent turns of each conversation, kept in memory by id: at most {@code maxTurns} turns per conversation, forgotten
 * after {@code maxAge} without activity, and at most {@code maxConversations} conversations (least recently used go
 * first). A conversation belongs to the caller's groups too, so an id reused by another caller starts afresh. With a
 * folder, conversations are also kept on disk (one JSON file per conversation, named by a hash of its key), so
 * one-shot command-line calls can follow up on each other.
 */
public final class ConversationMemory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxTurns;
    private final Duration maxAge;
    private final int maxConversations;
    private final Clock clock;
    private final Path folder;
    private final Map<String, Conversation> conversations = new LinkedHashMap<>(64, 0.75f, true);

    public ConversationMemory(int maxTurns, Duration maxAge, int maxConversations, Clock clock) {
        this(maxTurns, maxAge, maxConversations, clock, null);
    }

    /** A memory that also persists conversations in {@code folder} (null: memory only). */
    public ConversationMemory(int maxTurns, Duration maxAge, int maxConversations, Clock clock, Path folder) {
        this.maxTurns = maxTurns;
        this.maxAge = maxAge;
        this.maxConversations = maxConversations;
        this.clock = clock;
        this.folder = folder;
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
        save(key, c);
    }

    /** Number of conversations held (expired ones included until touched). */
    public synchronized int size() {
        return conversations.size();
    }

    private Conversation live(String key) {
        var c = conversations.get(key);
        if (c == null && folder != null) {
            c = load(key);
            if (c != null) {
                conversations.put(key, c);
            }
        }
        if (c != null && Duration.between(c.touched, clock.instant()).compareTo(maxAge) > 0) {
            conversations.remove(key);
            return null;
        }
        return c;
    }

    private Path file(String key) {
        try {
            var hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private Conversation load(String key) {
        var file = file(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            var stored = JSON.readValue(file.toFile(), Stored.class);
            var c = new Conversation();
            for (var turn : stored.turns()) {
                c.messages.add(UserMessage.from(turn.get(0)));
                c.messages.add(AiMessage.from(turn.get(1)));
            }
            c.touched = Instant.parse(stored.touched());
            return c;
        } catch (IOException | RuntimeException e) {
            throw new AssistantException("cannot read conversation file " + file + ": " + e.getMessage(), e);
        }
    }

    private void save(String key, Conversation c) {
        if (folder == null) {
            return;
        }
        var turns = new ArrayList<List<String>>();
        for (int i = 0; i + 1 < c.messages.size(); i += 2) {
            turns.add(List.of(((UserMessage) c.messages.get(i)).singleText(), ((AiMessage) c.messages.get(i + 1)).text()));
        }
        try {
            Files.createDirectories(folder);
            JSON.writeValue(file(key).toFile(), new Stored(c.touched.toString(), turns));
        } catch (IOException e) {
            throw new AssistantException("cannot write conversation to " + folder + ": " + e.getMessage(), e);
        }
    }

    private record Stored(String touched, List<List<String>> turns) {
    }

    private static final class Conversation {
        final List<ChatMessage> messages = new ArrayList<>();
        Instant touched = Instant.EPOCH;
    }
}
