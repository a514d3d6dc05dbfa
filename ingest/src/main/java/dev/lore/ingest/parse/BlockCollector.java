package dev.lore.ingest.parse;

import dev.lore.ingest.IngestException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects blocks with normalized whitespace; parsers of compressed formats also count extracted characters here. */
final class BlockCollector {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Block> blocks = new ArrayList<>();
    private final long maxCharacters;
    private long characters;

    BlockCollector(long maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    void heading(int level, String text) {
        var clean = normalize(text);
        if (!clean.isEmpty()) {
            blocks.add(new Block.Heading(Math.clamp(level, 1, 6), clean));
        }
    }

    void paragraph(String text) {
        var clean = normalize(text);
        if (!clean.isEmpty()) {
            blocks.add(new Block.Paragraph(clean));
        }
    }

    /** Adds a table; the first row serves as headers when none are given. */
    void table(List<String> headers, List<List<String>> rows) {
        var cleanRows = new ArrayList<List<String>>();
        for (var row : rows) {
            var cells = row.stream().map(BlockCollector::normalize).toList();
            if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                cleanRows.add(cells);
            }
        }
        var cleanHeaders = headers.stream().map(BlockCollector::normalize).toList();
        if (cleanHeaders.stream().allMatch(String::isEmpty)) {
            if (cleanRows.isEmpty()) {
                return;
            }
            cleanHeaders = cleanRows.removeFirst();
        }
        if (!cleanRows.isEmpty()) {
            blocks.add(new Block.Table(cleanHeaders, cleanRows));
        } else {
            paragraph(String.join(" ", cleanHeaders));
        }
    }

    /** Counts extracted characters as they arrive, so a decompression bomb stops early with a clear reason. */
    void count(long added) {
        characters += added;
        if (characters > maxCharacters) {
            throw new IngestException("extracted text exceeds the limit of " + maxCharacters
                    + " characters (decompression bomb or oversized document)");
        }
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
