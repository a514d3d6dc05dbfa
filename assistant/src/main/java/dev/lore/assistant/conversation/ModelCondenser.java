package dev.lore.assistant.conversation;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import dev.lore.assistant.support.Terms;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * Makes a follow-up question standalone with the generating model. A rewrite that is empty, too long, or whose content
 * words mostly do not come from the conversation (a small model drifting off) is discarded for the rule-based rewrite.
 */
public final class ModelCondenser implements QueryTransformer {

    private static final String SYSTEM = """
            Rewrite the user's last question so it can be understood without the conversation. \
            Keep its meaning, add the subject it refers to, and output only the rewritten question.""";

    private final ChatModel model;

    public ModelCondenser(ChatModel model) {
        this.model = model;
    }

    @Override
    public Collection<Query> transform(Query query) {
        var history = query.metadata() == null ? List.<ChatMessage>of() : query.metadata().chatMemory();
        var previous = RuleBasedCondenser.previousQuestion(history);
        if (previous == null) {
            return List.of(query);
        }
        var transcript = new StringBuilder();
        for (var m : history) {
            switch (m) {
                case UserMessage u -> transcript.append("User: ").append(u.singleText()).append('\n');
                case AiMessage a -> transcript.append("Assistant: ").append(a.text()).append('\n');
                default -> { }
            }
        }
        transcript.append("User: ").append(query.text()).append("\n\nRewritten question:");
        var rewrite = model.chat(ChatRequest.builder()
                .messages(SystemMessage.from(SYSTEM), UserMessage.from(transcript.toString()))
                .maxOutputTokens(64).temperature(0.0).build()).aiMessage().text();
        var text = usable(rewrite, query.text(), history) ? rewrite.strip()
                : RuleBasedCondenser.condense(query.text(), previous);
        return List.of(Query.from(text, query.metadata()));
    }

    static boolean usable(String rewrite, String question, List<ChatMessage> history) {
        if (rewrite == null || rewrite.isBlank() || rewrite.length() > 300) {
            return false;
        }
        var known = new HashSet<>(Terms.of(question));
        history.stream().filter(m -> m instanceof UserMessage).forEach(m -> known.addAll(Terms.of(((UserMessage) m).singleText())));
        return Terms.coverage(Terms.of(rewrite), known) >= 0.6;
    }
}
