package dev.lore.index;

import java.util.Objects;
import java.util.Set;

/**
 * A search: query text, mode, how many hits, and the caller's groups (the access filter, applied inside the search).
 */
public record SearchRequest(String query, SearchMode mode, int k, Set<String> groups) {

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
        Objects.requireNonNull(mode, "mode");
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("k must be between 1 and 1000, was " + k);
        }
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
