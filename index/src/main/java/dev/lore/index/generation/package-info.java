/**
 * Index generations for the admin reindex: the index root holds {@code gen-<n>} folders and a pointer file naming the
 * one being served. A rebuild fills a new generation beside the served one, then {@link
 * dev.lore.index.generation.GenerationalIndex#swapTo} switches atomically; searches in flight finish on the old
 * generation, which is closed and deleted when the last one releases it.
 */
package dev.lore.index.generation;
