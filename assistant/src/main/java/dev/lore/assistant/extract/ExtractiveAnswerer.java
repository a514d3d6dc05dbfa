package dev.lore.assistant.extract;

import dev.lore.assistant.support.Evidence;
import dev.lore.assistant.support.SupportScorer;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * Answers without a model: the sentences or table rows of the retrieved passages that best answer the question,
 * quoted verbatim, each followed by the [n] of its passage.
 */
public final class ExtractiveAnswerer {

    /** Units scoring within this margin of the best one are quoted too (up to {@link #MAX_UNITS}). */
    static final double MARGIN = 0.06;
    static final int MAX_UNITS = 2;

    /** The answer text with [n] markers, from evidence already above the abstention threshold. */
    public String answer(Evidence evidence) {
        var picked = new ArrayList<Evidence.Scored>();
        double best = -1;
        for (var unit : evidence.ranked()) {
            if (Evidence.looksLikeInstruction(unit.text()) || !SupportScorer.isClaim(unit.text())) {
                continue;
            }
            if (best < 0) {
                best = unit.score();
            } else if (unit.score() < best - MARGIN || picked.size() == MAX_UNITS) {
                break;
            }
            picked.add(unit);
        }
        picked.sort(Comparator.comparingInt((Evidence.Scored s) -> s.passage().n()).thenComparingInt(Evidence.Scored::unit));
        var sb = new StringBuilder();
        for (var unit : picked) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(withMarker(unit.text(), unit.passage().n()));
        }
        return sb.toString();
    }

    private static String withMarker(String unit, int n) {
        int end = unit.length();
        while (end > 0 && ".!?;".indexOf(unit.charAt(end - 1)) >= 0) {
            end--;
        }
        return unit.substring(0, end) + " [" + n + "]" + (end < unit.length() ? unit.substring(end) : ".");
    }
}
