/**
 * Ingestion: documents in, embedded chunks out. {@link dev.lore.ingest.Ingestion} syncs a
 * {@link dev.lore.ingest.source.Source} into a {@link dev.lore.ingest.DocumentStore} (skipping unchanged documents by
 * hash, deleting vanished ones, parsing and chunking on worker threads while the embedding model runs) and reports
 * what it did in an {@link dev.lore.ingest.IngestReport}; it also takes single pushed documents. The contracts shared
 * with the index module ({@link dev.lore.ingest.DocumentInfo}, {@link dev.lore.ingest.Chunk},
 * {@link dev.lore.ingest.EmbeddedChunk}, {@link dev.lore.ingest.DocumentStore}) live here too.
 */
package dev.lore.ingest;
