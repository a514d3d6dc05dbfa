package dev.lore.assistant.support;

import dev.lore.assistant.passage.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How well the retrieved passages answer a question, unit by unit. RRF scores are rank-based and say nothing about
 * whether any passage answers the question, so evidence is measured directly: the relevance of each sentence or table
 * row to the question (see {@link SupportScorer#relevance}). The best unit's score decides abstention before generation.
 */
public final class Evidence {

    private static final Pattern INSTRUCTION = Pattern.compile(
            "(?i)\\b(ignore|disregard|forget)\\b.{0,40}\\b(instructions?|prompts?|rules?|above)\\b"
                    + "|\\b(system prompt|you are now|as an ai|respond only with|reply only with)\\b");

    private final List<Scored> units;

    private Evidence(List<Scored> units) {
        this.units = units;
    }

    /** Scores every unit of every passage against the question. */
    public static Evidence assess(String question, List<Passage> passages, SupportScorer scorer) {
        var scored = new ArrayList<Scored>();
        for (var passage : passages) {
            var scores = scorer.relevance(question, passage.units(),
                    passage.title() + " " + String.join(" ", passage.headingPath()));
            for (int u = 0; u < scores.size(); u++) {
                scored.add(new Scored(passage, u, scores.get(u)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.passage().n()).thenComparingInt(Scored::unit));
        return new Evidence(List.copyOf(scored));
    }

    /** The best unit's score, 0 without passages. */
    public double best() {
        return units.isEmpty() ? 0 : units.getFirst().score();
    }

    /** Units by decreasing score (ties by passage number, then position). */
    public List<Scored> ranked() {
        return units;
    }

    /** Whether a unit reads like an instruction aimed at the model ("ignore previous instructions ..."). */
    public static boolean looksLikeInstruction(String unit) {
        return INSTRUCTION.matcher(unit).find();
    }

    /** One unit of a passage with its relevance to the question. */
    public record Scored(Passage passage, int unit, double score) {

        /** The unit's text. */
        public String text() {
            return passage.units().get(unit);
        }
    }
}
