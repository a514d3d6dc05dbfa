/**
 * Where documents come from: configured folder and web sources, the bundled sample corpus on the classpath, syncing
 * them into the index and the log of each source's last sync.
 */
package dev.lore.web.sources;
