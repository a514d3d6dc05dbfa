package dev.lore.ingest.chunk;

import dev.lore.ingest.Chunk;
import dev.lore.ingest.parse.Block;
import dev.lore.ingest.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Structure-aware chunking: a new chunk at every heading, then whole paragraphs while they fit, then sentences,
 * and a hard split on wordpiece boundaries for a sentence that alone is too long. Sizes are counted in the
 * embedding model's wordpieces over {@link Chunk#embeddingText()} (title and heading path included), so no chunk
 * exceeds the model's window. Consecutive chunks of one section share one sentence of overlap. Table rows become
 * lines that repeat their column headers and are never split across chunks. Thread-safe.
 */
public final class Chunker {

    /** all-MiniLM-L6-v2 was trained on sequences of at most 256 wordpieces. */
    public static final int MODEL_WINDOW = 256;

    private final Wordpieces wordpieces;
    private final int targetWordpieces;
    private final int overlapSentences;

    /**
     * @param targetWordpieces chunk size aimed at, counted like the model counts (with [CLS] and [SEP]); at most 256
     * @param overlapSentences sentences repeated at the start of the next chunk of the same section (0 for none)
     */
    public Chunker(Wordpieces wordpieces, int targetWordpieces, int overlapSentences) {
        if (targetWordpieces < 32 || targetWordpieces > MODEL_WINDOW) {
            throw new IllegalArgumentException("targetWordpieces must be in 32.." + MODEL_WINDOW + ", was " + targetWordpieces);
        }
        if (overlapSentences < 0) {
            throw new IllegalArgumentException("overlapSentences must be >= 0, was " + overlapSentences);
        }
        this.wordpieces = wordpieces;
        this.targetWordpieces = targetWordpieces;
        this.overlapSentences = overlapSentences;
    }

    /** Chunks of a document, numbered from 0 in reading order. */
    public List<Chunk> chunk(String docId, ParsedDocument document) {
        var title = limitTitle(document.title());
        var chunks = new ArrayList<Chunk>();
        var headings = new ArrayList<Block.Heading>();
        var section = new Section(docId, title, List.of(), chunks);
        for (var block : document.blocks()) {
            switch (block) {
                case Block.Heading heading -> {
                    section.flush();
                    headings.removeIf(open -> open.level() >= heading.level());
                    if (!(headings.isEmpty() && heading.text().equalsIgnoreCase(title))) {
                        headings.add(heading);
                    }
                    section = new Section(docId, title, headingPath(title, headings), chunks);
                }
                case Block.Paragraph paragraph -> section.paragraph(paragraph.text());
                case Block.Table table -> section.table(table);
            }
        }
        section.flush();
        return List.copyOf(chunks);
    }

    private String limitTitle(String title) {
        var pieces = wordpieces.split(title, targetWordpieces / 4);
        return pieces.isEmpty() ? "" : pieces.getFirst();
    }

    /** The heading texts, dropping outer headings while the title and path would take over half the budget. */
    private List<String> headingPath(String title, List<Block.Heading> headings) {
        var path = new ArrayList<>(headings.stream().map(Block.Heading::text).toList());
        while (!path.isEmpty() && prefixCost(title, path) > targetWordpieces / 2) {
            path.removeFirst();
        }
        return path;
    }

    private int prefixCost(String title, List<String> path) {
        var probe = new Chunk("probe", 0, title, path, "");
        return wordpieces.count(probe.embeddingText());
    }

    static String tableRow(List<String> headers, List<String> cells) {
        var parts = new ArrayList<String>();
        for (var i = 0; i < cells.size(); i++) {
            var cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            var header = i < headers.size() ? headers.get(i) : "";
            parts.add(header.isEmpty() ? cell : header + ": " + cell);
        }
        return String.join("; ", parts);
    }

    /** The chunks of one section (the text under one heading), filled greedily up to the budget. */
    private final class Section {

        private final String docId;
        private final String title;
        private final List<String> headingPath;
        private final List<Chunk> out;
        private final int budget;
        private final List<Piece> current = new ArrayList<>();
        private int used;

        Section(String docId, String title, List<String> headingPath, List<Chunk> out) {
            this.docId = docId;
            this.title = title;
            this.headingPath = headingPath;
            this.out = out;
            this.budget = targetWordpieces - prefixCost(title, headingPath);
        }

        void paragraph(String text) {
            var cost = wordpieces.countWithoutSpecialTokens(text);
            if (cost <= budget) {
                add(new Piece(text, cost, true, true));
                return;
            }
            var first = true;
            for (var sentence : Sentences.split(text)) {
                var sentenceCost = wordpieces.countWithoutSpecialTokens(sentence);
                if (sentenceCost <= budget) {
                    add(new Piece(sentence, sentenceCost, first, true));
                } else {
                    for (var part : wordpieces.split(sentence, budget)) {
                        add(new Piece(part, wordpieces.countWithoutSpecialTokens(part), first, false));
                        first = false;
                    }
                }
                first = false;
            }
        }

        void table(Block.Table table) {
            for (var row : table.rows()) {
                var line = tableRow(table.headers(), row);
                if (line.isEmpty()) {
                    continue;
                }
                var cost = wordpieces.countWithoutSpecialTokens(line);
                if (cost <= budget) {
                    add(new Piece(line, cost, true, false));
                } else {
                    for (var part : wordpieces.split(line, budget)) {
                        add(new Piece(part, wordpieces.countWithoutSpecialTokens(part), true, false));
                    }
                }
            }
        }

        private void add(Piece piece) {
            if (used + piece.cost() > budget) {
                var overlap = overlap();
                flush();
                for (var repeated : overlap) {
                    if (used + repeated.cost() + piece.cost() <= budget) {
                        current.add(repeated);
                        used += repeated.cost();
                    }
                }
            }
            current.add(piece);
            used += piece.cost();
        }

        /** The last sentences of the chunk being closed, when short enough to repeat in the next one. */
        private List<Piece> overlap() {
            var repeated = new ArrayList<Piece>();
            for (var i = current.size() - 1; i >= 0 && repeated.size() < overlapSentences; i--) {
                var last = current.get(i);
                if (!last.repeatable()) {
                    break;
                }
                if (last.cost() > budget / 4) {
                    var sentences = Sentences.split(last.text());
                    var tail = sentences.isEmpty() ? "" : sentences.getLast();
                    var tailCost = wordpieces.countWithoutSpecialTokens(tail);
                    if (sentences.size() > 1 && tailCost <= budget / 4) {
                        repeated.addFirst(new Piece(tail, tailCost, true, true));
                    }
                    break;
                }
                repeated.addFirst(new Piece(last.text(), last.cost(), true, true));
            }
            return repeated.size() == current.size() && repeated.size() > 0
                    && repeated.getFirst().text().equals(current.getFirst().text()) ? List.of() : repeated;
        }

        void flush() {
            if (current.isEmpty()) {
                return;
            }
            var text = new StringBuilder();
            for (var piece : current) {
                if (!text.isEmpty()) {
                    text.append(piece.startsParagraph() ? "\n" : " ");
                }
                text.append(piece.text());
            }
            out.add(new Chunk(docId, out.size(), title, headingPath, text.toString()));
            current.clear();
            used = 0;
        }
    }

    /**
     * A unit of text that is never split further.
     *
     * @param startsParagraph whether it begins a paragraph or row (joined with a newline rather than a space)
     * @param repeatable whether it is running text (a sentence or paragraph), and so may be repeated as overlap
     */
    private record Piece(String text, int cost, boolean startsParagraph, boolean repeatable) {
    }
}
