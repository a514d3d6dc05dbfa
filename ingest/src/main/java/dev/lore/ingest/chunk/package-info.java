/**
 * Chunking: {@link dev.lore.ingest.chunk.Chunker} cuts a parsed document into passages along its structure
 * (headings, paragraphs, sentences, table rows) and measures them in the embedding model's own wordpieces
 * ({@link dev.lore.ingest.chunk.Wordpieces}), so every passage, with its title and heading path, fits the 256-wordpiece
 * window all-MiniLM-L6-v2 was trained on.
 */
package dev.lore.ingest.chunk;
