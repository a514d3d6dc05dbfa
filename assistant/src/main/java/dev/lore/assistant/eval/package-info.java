/** {@code lore eval answers}: a QA set run through the assistant and scored. */
package dev.lore.assistant.eval;
