package dev.lore.assistant.passage;

import java.util.List;

/**
 * A numbered piece of context given to the generator: one or more neighbouring chunks of one document, cut into whole
 * units (sentences and table rows).
 *
 * @param n the number the prompt and the citations use, from 1
 * @param chunkIds the chunks merged into it, in document order
 * @param units its sentences and table rows, in order
 * @param unitChunks for each unit, the chunk it comes from
 * @param rank rank of its best chunk in the retrieval results, from 1
 */
public record Passage(int n, String docId, List<String> chunkIds, String title, List<String> headingPath,
                      String source, String uri, List<String> units, List<String> unitChunks, int rank) {

    public Passage {
        if (n < 1) {
            throw new IllegalArgumentException("passage number must be >= 1, was " + n);
        }
        chunkIds = List.copyOf(chunkIds);
        if (chunkIds.isEmpty()) {
            throw new IllegalArgumentException("passage " + n + " has no chunk");
        }
        headingPath = headingPath == null ? List.of() : List.copyOf(headingPath);
        units = List.copyOf(units);
        unitChunks = List.copyOf(unitChunks);
        if (unitChunks.size() != units.size()) {
            throw new IllegalArgumentException("passage " + n + " has " + units.size() + " units but "
                    + unitChunks.size() + " unit chunk ids");
        }
        title = title == null ? docId : title;
        source = source == null ? "" : source;
        uri = uri == null ? "" : uri;
    }

    /** The first chunk, the one a citation points to. */
    public String chunkId() {
        return chunkIds.getFirst();
    }

    /** The chunk a unit comes from. */
    public String chunkOf(int unit) {
        return unitChunks.get(unit);
    }

    /** The passage text, one unit per line. */
    public String text() {
        return String.join("\n", units);
    }

    /** Same passage with another number. */
    public Passage renumbered(int number) {
        return new Passage(number, docId, chunkIds, title, headingPath, source, uri, units, unitChunks, rank);
    }
}
