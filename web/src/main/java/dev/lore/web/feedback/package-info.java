/** Feedback on answers: stored durably as JSON lines for the knowledge owners. */
package dev.lore.web.feedback;
