/**
 * Measuring support and evidence: content terms with the index's English analysis, MiniLM cosine similarity, the kind of
 * answer a question expects, and question words no readable document contains. Thresholds are calibrated on
 * {@code sample/qa.jsonl}.
 */
package dev.lore.assistant.support;
