package dev.lore.ingest.source;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

/**
 * One document of a source, read lazily.
 *
 * @param path path relative to the source root (forward slashes) or the page URL; unique within the source
 * @param modified last modification time, {@link Instant#EPOCH} when unknown
 * @param size size in bytes, or -1 when unknown before reading
 * @param content reads the raw bytes
 */
public record SourceItem(String path, Instant modified, long size, Content content) {

    public SourceItem {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
        modified = modified == null ? Instant.EPOCH : modified;
        Objects.requireNonNull(content, "content");
    }

    /** Reads the bytes of an item. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }
}
