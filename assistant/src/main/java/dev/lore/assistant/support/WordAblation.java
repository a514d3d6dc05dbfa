package dev.lore.assistant.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the question words a unit does not address. A word the unit does not contain may still be answered in other
 * words ("vacation" by "absences of more than five days"), so a missing word alone proves little; but when the
 * question without that word is clearly closer to the unit than the whole question is, the unit is about the rest of
 * the question and ignores what the word adds ("install a printer on my laptop" against a sentence about installing
 * software on the laptop).
 */
final class WordAblation {

    /**
     * Dropping a word must raise the question's cosine to the unit by at least this much to count as unaddressed.
     * Calibrated on sample/qa.jsonl: on answerable questions dropping a missing word raised it by at most 0.08.
     */
    static final double MARGIN = 0.1;
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final SupportScorer scorer;
    private final String question;
    private final float[] questionVector;
    private final List<String> words;
    private final List<Set<String>> wordTerms;
    private final List<float[]> withoutWord;

    WordAblation(SupportScorer scorer, String question) {
        this.scorer = scorer;
        this.question = question;
        this.words = new ArrayList<>();
        for (var word : WORD.split(question)) {
            if (!Terms.of(word).isEmpty() && !words.contains(word)) {
                words.add(word);
            }
        }
        this.wordTerms = words.stream().map(Terms::of).toList();
        this.questionVector = scorer.embedAll(List.of(question)).getFirst();
        this.withoutWord = new ArrayList<>(words.size());
        words.forEach(w -> withoutWord.add(null));
    }

    /** The question's embedding. */
    float[] questionVector() {
        return questionVector;
    }

    /**
     * The texts {@link #unaddressed} will embed for these units (with their terms), so a caller can embed them in one
     * batch first: each unit missing a question word, and the question without each such word.
     */
    List<String> textsToEmbed(List<String> units, List<Set<String>> unitTerms) {
        var texts = new ArrayList<String>();
        for (int u = 0; u < units.size(); u++) {
            boolean missing = false;
            for (int i = 0; i < words.size(); i++) {
                if (!addresses(unitTerms.get(u), i)) {
                    missing = true;
                    texts.add(withoutText(i));
                }
            }
            if (missing) {
                texts.add(units.get(u));
            }
        }
        return texts;
    }

    /** How many question words {@code unit} (whose terms, with title and headings, are {@code unitTerms}) ignores. */
    int unaddressed(String unit, Set<String> unitTerms) {
        float[] unitVector = null;
        double whole = 0;
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            if (addresses(unitTerms, i)) {
                continue;
            }
            if (unitVector == null) {
                unitVector = scorer.embedAll(List.of(unit)).getFirst();
                whole = SupportScorer.cosine(questionVector, unitVector);
            }
            if (SupportScorer.cosine(without(i), unitVector) - whole >= MARGIN) {
                count++;
            }
        }
        return count;
    }

    /** Whether a unit with these terms contains question word {@code i}. */
    private boolean addresses(Set<String> unitTerms, int i) {
        return unitTerms.containsAll(wordTerms.get(i));
    }

    private float[] without(int i) {
        if (withoutWord.get(i) == null) {
            withoutWord.set(i, scorer.embedAll(List.of(withoutText(i))).getFirst());
        }
        return withoutWord.get(i);
    }

    private String withoutText(int i) {
        return question.replaceFirst("(?<![\\p{L}\\p{N}])" + Pattern.quote(words.get(i)) + "(?![\\p{L}\\p{N}])", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
