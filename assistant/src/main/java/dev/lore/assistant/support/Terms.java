package dev.lore.assistant.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Content terms of a text as the index's BM25 field sees them (Lucene English analysis: stop words removed, Porter
 * stemmed), plus the numbers it mentions, so support is measured on the same vocabulary retrieval uses.
 */
public final class Terms {

    /**
     * Lucene's English stop words plus question words, pronouns and auxiliaries: they carry no evidence, and counting
     * them made "How do I ...?" look half-answered by any sentence.
     */
    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Analyzer ANALYZER = new EnglishAnalyzer(STOP_WORDS);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private Terms() {
    }

    private static CharArraySet stopWords() {
        var set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does", "did",
                "doing", "done", "i", "me", "my", "mine", "we", "our", "us", "you", "your", "yours", "he", "she", "him",
                "her", "his", "its", "they", "them", "can", "could", "should", "would", "may", "might", "must", "shall",
                "have", "has", "had", "having", "am", "were", "been", "being", "get", "gets", "got", "about", "from",
                "up", "out", "any", "all", "some", "here", "than", "so", "too", "very", "just", "also", "only", "each",
                "every", "much", "many", "more", "most", "other", "own", "same", "s", "t", "don", "i'm", "there's",
                "what's", "it's", "need", "needs", "want", "tell", "know", "let", "like", "please", "anyone", "someone",
                "something", "anything", "one", "ones", "else", "our", "ours", "yourself", "myself", "this", "that",
                "these", "those", "am", "via", "per", "within", "without", "after", "before", "during"));
        return CharArraySet.unmodifiableSet(set);
    }

    /** Distinct stemmed content terms, in order of first appearance. */
    public static Set<String> of(String text) {
        var terms = new LinkedHashSet<String>();
        try (var stream = ANALYZER.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Distinct numbers written in the text ("30", "1,000", "2.5"), separators removed. */
    public static Set<String> numbers(String text) {
        var numbers = new LinkedHashSet<String>();
        var m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group().replace(",", "").replaceAll("\\.0+$", ""));
        }
        return numbers;
    }

    /** Fraction of {@code needles} found in {@code haystack}; 0 when there are no needles. */
    public static double coverage(Set<String> needles, Set<String> haystack) {
        if (needles.isEmpty()) {
            return 0;
        }
        long found = needles.stream().filter(haystack::contains).count();
        return (double) found / needles.size();
    }
}
