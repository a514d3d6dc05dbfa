package dev.lore.index;

/** Size of the index: documents, chunks, bytes on disk, and the generation being served. */
public record IndexStats(long documents, long chunks, long sizeBytes, long generation) {
}
