package dev.lore.ingest.parse;

import java.util.List;
import java.util.Objects;

/** One structural element of a parsed document, in reading order. */
public sealed interface Block {

    /** A section heading; level 1 is the outermost. */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level must be 1..6, was " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph of running text; list items and code blocks are paragraphs too. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A table with its column headers and its rows of cells. */
    record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
