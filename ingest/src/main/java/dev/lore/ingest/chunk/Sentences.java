package dev.lore.ingest.chunk;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentence boundaries by {@link BreakIterator}, the JDK's Unicode sentence rules. */
final class Sentences {

    private Sentences() {
    }

    static List<String> split(String text) {
        var iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(text);
        var sentences = new ArrayList<String>();
        var start = iterator.first();
        for (var end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            var sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
