/** The extractive mode: quoted sentences and table rows with citations, when no model is configured. */
package dev.lore.assistant.extract;
