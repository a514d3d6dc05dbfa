/**
 * Conversations: recent turns kept by id (bounded in turns, age and count) and follow-up questions rewritten into
 * standalone queries, by the model or by rule (LangChain4j {@code QueryTransformer}s).
 */
package dev.lore.assistant.conversation;
