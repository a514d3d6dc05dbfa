package dev.lore.assistant.passage;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits passage text into the smallest pieces that may be quoted or packed on their own: sentences, list items and
 * whole table rows (a row written by the chunker as {@code Header: value; Header: value} is never split).
 */
public final class Units {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*(\\|.*\\||[^:;\\n]{1,80}: [^;\\n]*(; [^:;\\n]{1,80}:[^;\\n]*)+;?)\\s*$");

    private Units() {
    }

    /** Whether a line is a table row, which packing and quoting keep whole. */
    public static boolean isTableRow(String line) {
        return TABLE_ROW.matcher(line).matches();
    }

    /** The units of a text, in order, trimmed, blanks dropped. */
    public static List<String> split(String text) {
        var units = new ArrayList<String>();
        for (var line : text.split("\\R")) {
            var trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (isTableRow(trimmed)) {
                units.add(trimmed);
            } else {
                sentences(trimmed, units);
            }
        }
        return units;
    }

    private static void sentences(String line, List<String> out) {
        var it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(line);
        var pending = new StringBuilder();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            pending.append(line, start, end);
            var sentence = pending.toString().strip();
            // BreakIterator splits after abbreviations such as "e.g." or "approx."; glue those to what follows.
            if (end < line.length() && endsWithAbbreviation(sentence)) {
                continue;
            }
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
            pending.setLength(0);
        }
        var rest = pending.toString().strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
    }

    private static boolean endsWithAbbreviation(String sentence) {
        var lower = sentence.toLowerCase(Locale.ROOT);
        return lower.endsWith("e.g.") || lower.endsWith("i.e.") || lower.endsWith("approx.") || lower.endsWith("etc.")
                || lower.endsWith(" no.") || lower.endsWith(" vs.") || lower.endsWith(" mr.") || lower.endsWith(" ms.")
                || lower.endsWith(" dr.");
    }
}
