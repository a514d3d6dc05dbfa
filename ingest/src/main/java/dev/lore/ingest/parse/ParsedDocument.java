package dev.lore.ingest.parse;

import java.util.List;
import java.util.Set;

/**
 * A document reduced to its title and ordered structural blocks, whatever format it came from.
 *
 * @param title the document title, blank when the document names none
 * @param blocks headings, paragraphs and tables in reading order
 * @param groups groups the document itself declares (Markdown front matter); empty to use the source's groups
 */
public record ParsedDocument(String title, List<Block> blocks, Set<String> groups) {

    public ParsedDocument {
        title = title == null ? "" : title.strip();
        blocks = List.copyOf(blocks);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** True when no block carries any text. */
    public boolean isEmpty() {
        return blocks.stream().allMatch(block -> switch (block) {
            case Block.Heading h -> true;
            case Block.Paragraph p -> p.text().isBlank();
            case Block.Table t -> t.rows().isEmpty();
        });
    }

    /** The same document with a title, when it has none. */
    ParsedDocument withDefaultTitle(String fallback) {
        return title.isBlank() ? new ParsedDocument(fallback, blocks, groups) : this;
    }
}
