package dev.lore.index;

import java.util.Locale;

/** Which retrievers answer a search. */
public enum SearchMode {
    BM25, VECTOR, HYBRID;

    /** Parses {@code bm25}, {@code vector} or {@code hybrid}, case-insensitively. */
    public static SearchMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("mode must be bm25, vector or hybrid, was '" + value + "'");
        }
    }
}
