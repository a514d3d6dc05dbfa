package dev.lore.ingest.parse;

import java.util.Set;
import java.util.regex.Pattern;

/** Plain text: paragraphs are separated by blank lines. */
final class TextParser {

    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");

    ParsedDocument parse(String text) {
        var collector = new BlockCollector(Long.MAX_VALUE);
        for (var paragraph : BLANK_LINES.split(text)) {
            collector.paragraph(paragraph);
        }
        return new ParsedDocument("", collector.blocks(), Set.of());
    }
}
