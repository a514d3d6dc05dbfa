/**
 * An OpenAI-compatible chat API ({@code GET /v1/models}, {@code POST /v1/chat/completions}, streaming included), so
 * existing chat front-ends and SDKs can ask Lore. Callers authenticate with bearer API keys that an admin creates
 * ({@code /api/v1/admin/api-keys}); each key acts as one configured user, whose groups filter every answer. Only a
 * SHA-256 hash of each key is stored.
 */
package dev.lore.web.openai;
