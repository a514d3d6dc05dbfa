package dev.lore.assistant.support;

import dev.lore.assistant.passage.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells whether a table row is about another case than the question. A row's first cell names the case the rest of the
 * row applies to ("Death of a spouse, partner, child or parent"); sharing words with a question ("paid partner leave for
 * the second parent") does not make it that case, so when the cell describes something the question does not ask
 * about, the row's values ("Paid days: 3 days") answer a different question.
 */
final class RowCase {

    /**
     * Below this MiniLM cosine between the question and the row's first cell the row is about another case. Calibrated
     * on sample/qa.jsonl: rows answering a question scored at least 0.45; the death-of-a-partner row against the
     * partner-leave question scored 0.34.
     */
    static final double SIMILARITY = 0.4;

    private RowCase() {
    }

    /**
     * Whether {@code unit} is a table row about another case than the question (embedded as {@code questionVector},
     * content terms {@code questionTerms}): its first cell has several content words, not all in the question, and no
     * cell of the row is close to the question, neither by containing only question words nor by MiniLM cosine. A row
     * whose first cell is one name or code ("Munich", "SEV1", "WD5") is judged by the other rules, and a question that
     * names the first column ("Which network do I use for my phone?" against "Network: KL-Devices; ...") asks for that
     * cell, so its case is in another column.
     */
    static boolean differs(String unit, float[] questionVector, Set<String> questionTerms, SupportScorer scorer) {
        var cells = cellsToCompare(unit, questionTerms);
        if (cells.isEmpty()) {
            return false;
        }
        var vectors = scorer.embedAll(cells);
        for (int i = 0; i < cells.size(); i++) {
            var terms = Terms.of(cells.get(i));
            if (!terms.isEmpty() && questionTerms.containsAll(terms)
                    || SupportScorer.cosine(questionVector, vectors.get(i)) >= SIMILARITY) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cells {@link #differs} compares with the question by embedding, so a caller can embed them in one batch
     * first; empty when the row is not a table row or its first cell already settles it.
     */
    static List<String> cellsToCompare(String unit, Set<String> questionTerms) {
        var cells = cells(unit);
        if (cells.isEmpty()) {
            return cells;
        }
        var first = Terms.of(cells.getFirst());
        var header = Terms.of(firstHeader(unit));
        if (first.size() < 2 || questionTerms.containsAll(first) || !header.isEmpty() && questionTerms.containsAll(header)) {
            return List.of();
        }
        return cells;
    }

    /** The header of a {@code Header: value; ...} row's first cell, or "". */
    private static String firstHeader(String unit) {
        var first = unit.strip().split("; ", 2)[0];
        int colon = first.indexOf(": ");
        return unit.strip().startsWith("|") || colon < 0 ? "" : first.substring(0, colon);
    }

    /** The values of a table row's cells, in order; empty when {@code unit} is not a table row. */
    static List<String> cells(String unit) {
        var row = unit.strip();
        if (!Units.isTableRow(row)) {
            return List.of();
        }
        var cells = new ArrayList<String>();
        if (row.startsWith("|")) {
            for (var cell : row.split("\\|")) {
                if (!cell.isBlank()) {
                    cells.add(cell.strip());
                }
            }
            return cells;
        }
        for (var cell : row.split("; ")) {
            int colon = cell.indexOf(": ");
            var value = (colon < 0 ? cell : cell.substring(colon + 2)).strip();
            if (!value.isEmpty()) {
                cells.add(value);
            }
        }
        return cells;
    }
}
