package dev.lore.ingest;

import java.time.Instant;
import java.util.Set;

/**
 * A document sent to Lore rather than fetched from a source (the push API): exactly one of {@code text} (Markdown or
 * plain text), {@code html}, or {@code bytes} with a {@code fileName} (any supported file type) carries the content.
 *
 * @param docId caller-chosen identity; pushing the same id again replaces the document
 * @param source source name it is filed under (its documents are never deleted by a folder or web sync)
 * @param uri link to the original, may be empty
 * @param title title, or null to take it from the content
 * @param groups groups allowed to read it; empty means {@code everyone}
 * @param modified last modification time, or null for now
 */
public record PushedDocument(String docId, String source, String uri, String title, Set<String> groups,
                             String text, String html, byte[] bytes, String fileName, Instant modified) {

    public PushedDocument {
        DocumentInfo.requireText(docId, "docId");
        DocumentInfo.requireText(source, "source");
        uri = uri == null ? "" : uri;
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        var contents = (text != null ? 1 : 0) + (html != null ? 1 : 0) + (bytes != null ? 1 : 0);
        if (contents != 1) {
            throw new IllegalArgumentException("document " + docId + " needs exactly one of text, html or bytes, got " + contents);
        }
        if (bytes != null && (fileName == null || fileName.isBlank())) {
            throw new IllegalArgumentException("document " + docId + " sent as bytes needs a fileName to detect its type");
        }
        modified = modified == null ? Instant.now() : modified;
    }

    /** A Markdown or plain-text document. */
    public static PushedDocument ofText(String docId, String source, String uri, String title, Set<String> groups, String text) {
        return new PushedDocument(docId, source, uri, title, groups, text, null, null, null, null);
    }

    /** An HTML page. */
    public static PushedDocument ofHtml(String docId, String source, String uri, String title, Set<String> groups, String html) {
        return new PushedDocument(docId, source, uri, title, groups, null, html, null, null, null);
    }

    /** A file of any supported type (PDF, DOCX, ...), detected from its content and name. */
    public static PushedDocument ofFile(String docId, String source, String uri, String title, Set<String> groups,
                                        byte[] bytes, String fileName) {
        return new PushedDocument(docId, source, uri, title, groups, null, null, bytes, fileName, null);
    }
}
