package dev.lore.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One retrievable passage of a document: the unit that is embedded, indexed, retrieved and cited.
 *
 * @param docId the document it belongs to
 * @param ordinal position of the chunk in its document, from 0
 * @param title document title
 * @param headingPath headings above the passage, outermost first
 * @param text the passage itself (table rows already written as "Header: value; ..." lines)
 */
public record Chunk(String docId, int ordinal, String title, List<String> headingPath, String text) {

    public Chunk {
        DocumentInfo.requireText(docId, "docId");
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
        }
        title = title == null ? "" : title;
        headingPath = headingPath == null ? List.of() : List.copyOf(headingPath);
        Objects.requireNonNull(text, "text");
    }

    /** Identity of the chunk, unique across the index: {@code docId#ordinal}. */
    public String chunkId() {
        return chunkId(docId, ordinal);
    }

    /** The chunk id for a document id and ordinal. */
    public static String chunkId(String docId, int ordinal) {
        return docId + "#" + ordinal;
    }

    /** Title, heading path and text joined: what is embedded, so a passage knows where it stands. */
    public String embeddingText() {
        var sb = new StringBuilder();
        if (!title.isBlank()) {
            sb.append(title).append('\n');
        }
        if (!headingPath.isEmpty()) {
            sb.append(String.join(" > ", headingPath)).append('\n');
        }
        return sb.append(text).toString();
    }
}
