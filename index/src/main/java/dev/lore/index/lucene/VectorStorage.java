package dev.lore.index.lucene;

import java.util.Locale;

/** How chunk vectors are stored in the HNSW index: int8 scalar-quantized (default) or full float32. */
public enum VectorStorage {
    INT8, FLOAT32;

    /** Parses {@code int8} or {@code float32}, case-insensitively. */
    public static VectorStorage parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("vector storage must be int8 or float32, was '" + value + "'");
        }
    }
}
