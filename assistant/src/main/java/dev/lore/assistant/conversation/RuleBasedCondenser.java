package dev.lore.assistant.conversation;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import dev.lore.assistant.support.Terms;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes a follow-up question standalone without a model: when it refers back ("what about it?", "and for contractors?")
 * or says too little on its own, the content words of the previous question that it lacks are appended.
 */
public final class RuleBasedCondenser implements QueryTransformer {

    private static final Pattern REFERS_BACK = Pattern.compile(
            "(?i)\\b(it|its|that|this|those|these|they|them|their|there|he|she|his|her|one|ones|same|else|also|too)\\b"
                    + "|^\\s*(and|or|but|what about|how about|what if)\\b");

    @Override
    public Collection<Query> transform(Query query) {
        var history = query.metadata() == null ? List.<ChatMessage>of() : query.metadata().chatMemory();
        return List.of(Query.from(condense(query.text(), previousQuestion(history)), query.metadata()));
    }

    /** The standalone form of {@code question} given the previous standalone question (null when none). */
    public static String condense(String question, String previous) {
        if (previous == null || !isFollowUp(question)) {
            return question;
        }
        var have = Terms.of(question);
        var extra = new LinkedHashSet<String>();
        for (var word : previous.split("[^\\p{L}\\p{N}'-]+")) {
            var stems = Terms.of(word);
            if (!stems.isEmpty() && !have.containsAll(stems)) {
                extra.add(word);
                have.addAll(stems);
            }
        }
        return extra.isEmpty() ? question : question.strip() + " (" + String.join(" ", extra) + ")";
    }

    static boolean isFollowUp(String question) {
        return REFERS_BACK.matcher(question.toLowerCase(Locale.ROOT)).find() || Terms.of(question).size() <= 2;
    }

    static String previousQuestion(List<ChatMessage> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof UserMessage u) {
                return u.singleText();
            }
        }
        return null;
    }
}
