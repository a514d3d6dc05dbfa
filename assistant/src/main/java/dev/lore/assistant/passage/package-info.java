/**
 * Context packing: retrieved chunks become numbered passages of whole units (sentences, list items, table rows),
 * neighbouring chunks of a document merged, filling the model's window minus the answer budget.
 */
package dev.lore.assistant.passage;
