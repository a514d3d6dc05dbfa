/**
 * Retrieval for the assistant through LangChain4j's {@link dev.langchain4j.rag.content.retriever.ContentRetriever}
 * seam, backed by any {@link dev.lore.index.KnowledgeIndex}.
 */
package dev.lore.index.retrieve;
