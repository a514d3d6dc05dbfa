/**
 * Grounded answers: the {@link dev.lore.assistant.Assistant} contract (question in, answer with verified citations out),
 * its configuration ({@link dev.lore.assistant.AssistantConfig} from {@code lore.model.*}, {@code lore.privacy.*},
 * {@code lore.assistant.*}) and {@link dev.lore.assistant.AssistantFactory}, which the CLI and the server both use.
 */
package dev.lore.assistant;
