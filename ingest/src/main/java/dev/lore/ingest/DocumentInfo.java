package dev.lore.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the index keeps about one source document: its identity, where it came from, who may read it and its content hash.
 *
 * @param docId stable identity, {@code source + ":" + path-or-url} for connectors, caller-chosen for the push API
 * @param source name of the source (connector) the document belongs to
 * @param uri path relative to the source root, or the page URL; used to link to the original
 * @param title document title
 * @param groups groups allowed to read it; {@code everyone} for public documents
 * @param contentHash sha-256 (hex) of the raw bytes (ingestion also hashes in the groups, the embedding model
 *                    name and the chunk settings, so a change to any of them re-ingests the document), for incremental sync
 * @param modified last modification time reported by the source
 */
public record DocumentInfo(String docId, String source, String uri, String title, Set<String> groups,
                           String contentHash, Instant modified) {

    /** The group every caller belongs to. */
    public static final String EVERYONE = "everyone";

    public DocumentInfo {
        requireText(docId, "docId");
        requireText(source, "source");
        Objects.requireNonNull(uri, "uri");
        title = title == null || title.isBlank() ? docId : title;
        groups = groups == null || groups.isEmpty() ? Set.of(EVERYONE) : Set.copyOf(groups);
        Objects.requireNonNull(contentHash, "contentHash");
        modified = modified == null ? Instant.EPOCH : modified;
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    /** Groups sorted, for stable output. */
    public List<String> sortedGroups() {
        return groups.stream().sorted().toList();
    }
}
