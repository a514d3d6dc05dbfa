/**
 * The answer pipeline in one place, {@link dev.lore.assistant.pipeline.GroundedAssistant}: condense a follow-up, retrieve
 * with the caller's groups, abstain on weak evidence, pack, generate or extract, verify citations, and route to the
 * fallback model when the small one should not answer alone.
 */
package dev.lore.assistant.pipeline;
