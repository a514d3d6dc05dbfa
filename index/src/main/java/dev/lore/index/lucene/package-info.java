/**
 * The embedded Lucene implementation of {@link dev.lore.index.KnowledgeIndex}. Each chunk is one Lucene document with
 * a BM25 {@code contents} field (title, headings and text, English analysis, k1 0.9 and b 0.4 as Anserini) and an
 * HNSW vector (int8 scalar-quantized by default); each source document adds one unsearchable metadata document in the
 * same atomic block. Searches run BM25 and filtered k-NN with the access filter inside both, then fuse by reciprocal
 * rank fusion.
 */
package dev.lore.index.lucene;
