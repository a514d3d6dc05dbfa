/**
 * Citation verification after generation: every [n] must name a given passage and be supported by it; unsupported
 * citations are removed and their sentences flagged, and an answer without a supported claim becomes an abstention.
 */
package dev.lore.assistant.cite;
