/**
 * Generating models behind LangChain4j's chat model interfaces: an in-process GGUF through llama.cpp
 * ({@link dev.lore.assistant.model.LlamaChatModel}), OpenAI-compatible endpoints and Ollama by base URL; the tokenizer
 * each is counted with; and {@link dev.lore.assistant.model.ModelVerifier} for {@code lore model verify}.
 */
package dev.lore.assistant.model;
