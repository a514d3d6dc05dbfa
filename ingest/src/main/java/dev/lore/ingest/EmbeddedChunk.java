package dev.lore.ingest;

import java.util.Objects;

/** A chunk with its normalized embedding vector. */
public record EmbeddedChunk(Chunk chunk, float[] vector) {

    public EmbeddedChunk {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(vector, "vector");
    }
}
