/** Search over HTTP: the index's hybrid, BM25 or vector search filtered by the caller's groups. */
package dev.lore.web.search;
