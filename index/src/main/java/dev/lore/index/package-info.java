/**
 * The index seam: {@link dev.lore.index.KnowledgeIndex} searches chunks by BM25, vectors or both fused, always within
 * the caller's groups, and takes per-document atomic writes from ingestion. The Lucene implementation lives in
 * {@code lucene}, generations for the admin reindex in {@code generation}, rank fusion in {@code fusion}, and the
 * LangChain4j content retriever for the assistant in {@code retrieve}.
 */
package dev.lore.index;
