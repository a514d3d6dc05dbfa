/**
 * Rank fusion: combines the BM25 and vector rankings into one list by reciprocal rank fusion. Pure functions over ids,
 * independent of the search engine, so any {@link dev.lore.index.KnowledgeIndex} backend fuses the same way.
 */
package dev.lore.index.fusion;
