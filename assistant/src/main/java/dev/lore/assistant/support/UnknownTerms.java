package dev.lore.assistant.support;

import dev.lore.index.KnowledgeIndex;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The question's content words that no document the caller may read contains (one BM25 lookup per word, about a
 * millisecond each). A question about "the Munich office" when no readable document mentions Munich cannot be answered
 * from the sources, however close the rest of it is to some passage.
 */
public final class UnknownTerms {

    private UnknownTerms() {
    }

    /** Words of {@code question} absent from every chunk readable with {@code groups}. */
    public static List<String> find(String question, Set<String> groups, KnowledgeIndex index) {
        var unknown = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (var word : question.split("[^\\p{L}\\p{N}]+")) {
            var stems = Terms.of(word);
            if (stems.isEmpty() || !seen.addAll(stems) || word.length() < 3) {
                continue;
            }
            if (index.search(new SearchRequest(word, SearchMode.BM25, 1, groups)).isEmpty()) {
                unknown.add(word);
            }
        }
        return unknown;
    }
}
