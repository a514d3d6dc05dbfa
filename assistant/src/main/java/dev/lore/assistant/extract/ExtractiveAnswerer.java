package dev.lore.assistant.extract;

import dev.lore.assistant.passage.Passage;
import dev.lore.assistant.passage.Units;
import dev.lore.assistant.support.AnswerType;
import dev.lore.assistant.support.Evidence;
import dev.lore.assistant.support.SupportScorer;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Answers without a model: the sentence or table row of the retrieved passages that best answers the question, quoted
 * verbatim with the [n] of its passage. A unit that leans on its neighbour ("Call it for ...", "... as follows:") brings
 * that neighbour along, a unit that cannot hold the kind of answer asked for ("If an email looks suspicious, ...") brings
 * the next unit of its passage that can ("... forward it to phishing@..."), and up to two more units of the same
 * document join when they score almost as well.
 */
public final class ExtractiveAnswerer {

    /** Units of the best unit's document scoring within this margin of it are quoted too (at most {@link #MAX_EXTRA}). */
    static final double MARGIN = 0.1;
    static final int MAX_EXTRA = 2;

    private static final Pattern LEANS_BACK = Pattern.compile(
            "^(it|its|this|that|these|those|they|them|there|he|she|call it|use it|such|the same|both|either)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** How far past the best unit an answer of the asked kind is looked for. */
    static final int COMPLETION_REACH = 2;

    /** The answer text with [n] markers, from evidence already above the abstention threshold. */
    public String answer(Evidence evidence) {
        var candidates = evidence.ranked().stream()
                .filter(u -> !Evidence.looksLikeInstruction(u.text()) && SupportScorer.isClaim(u.text()))
                .toList();
        if (candidates.isEmpty()) {
            return "";
        }
        var best = candidates.getFirst();
        var picked = new TreeSet<Evidence.Scored>(Comparator.comparingInt((Evidence.Scored s) -> s.passage().n())
                .thenComparingInt(Evidence.Scored::unit));
        addWithContext(best, picked);
        if (!evidence.type().fits(best.text()) && !Units.isTableRow(best.text())) {
            completion(best, evidence.type()).ifPresent(u -> addWithContext(u, picked));
        }
        candidates.stream().skip(1)
                .filter(u -> u.passage().docId().equals(best.passage().docId()) && u.score() >= best.score() - MARGIN)
                .limit(MAX_EXTRA).forEach(u -> addWithContext(u, picked));
        var sb = new StringBuilder();
        for (var unit : picked) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(withMarker(unit.text(), unit.passage().n()));
        }
        return sb.toString();
    }

    private static void addWithContext(Evidence.Scored unit, TreeSet<Evidence.Scored> picked) {
        picked.add(unit);
        var passage = unit.passage();
        var text = unit.text();
        if (unit.unit() > 0 && (LEANS_BACK.matcher(text).matches() || text.split("\\s+").length < 5)) {
            picked.add(neighbour(passage, unit.unit() - 1));
        }
        if (text.endsWith(":")) {
            for (int i = unit.unit() + 1; i < Math.min(passage.units().size(), unit.unit() + 4); i++) {
                picked.add(neighbour(passage, i));
            }
        }
    }

    /**
     * The first of the next {@link #COMPLETION_REACH} units of the best unit's passage that fits the answer type (table
     * rows are independent of each other, so a row never completes another).
     */
    private static Optional<Evidence.Scored> completion(Evidence.Scored best, AnswerType type) {
        var units = best.passage().units();
        for (int i = best.unit() + 1; i < Math.min(units.size(), best.unit() + 1 + COMPLETION_REACH); i++) {
            if (type.fits(units.get(i)) && !Units.isTableRow(units.get(i)) && !Evidence.looksLikeInstruction(units.get(i))) {
                return Optional.of(neighbour(best.passage(), i));
            }
        }
        return Optional.empty();
    }

    private static Evidence.Scored neighbour(Passage passage, int unit) {
        return new Evidence.Scored(passage, unit, 0);
    }

    private static String withMarker(String unit, int n) {
        int end = unit.length();
        while (end > 0 && ".!?;:".indexOf(unit.charAt(end - 1)) >= 0) {
            end--;
        }
        return unit.substring(0, end) + " [" + n + "]" + (end < unit.length() ? unit.substring(end) : ".");
    }

}
