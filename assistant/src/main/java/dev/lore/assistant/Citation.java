package dev.lore.assistant;

/** A numbered source an answer rests on, with the quoted passage that supports it. */
public record Citation(int n, String docId, String chunkId, String title, String source, String uri, String quote) {
}
