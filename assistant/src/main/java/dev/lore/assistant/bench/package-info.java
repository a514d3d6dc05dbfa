/** {@code lore bench --generation}: time to first token, tokens per second, and the pipeline's own overhead. */
package dev.lore.assistant.bench;
