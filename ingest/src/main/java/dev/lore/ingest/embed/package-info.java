/**
 * In-process all-MiniLM-L6-v2 embedding through ONNX Runtime, implementing LangChain4j's {@code EmbeddingModel}.
 *
 * <p>{@link dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel} loads the ONNX graph and tokenizer shipped in LangChain4j's
 * embedding jars and runs one single-threaded session per core, sorting each batch by length and padding per
 * sub-batch; it gives the same vectors as LangChain4j's {@code AllMiniLmL6V2EmbeddingModel} while running the cores
 * in parallel. {@link dev.lore.ingest.embed.MiniLmTokenizer} counts wordpieces for the chunker.
 * {@link dev.lore.ingest.embed.MiniLmVariant} names the float and int8-quantized graphs
 * ({@code lore.embedding.model}).
 */
package dev.lore.ingest.embed;
