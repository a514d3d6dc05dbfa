/**
 * Sources: the {@link dev.lore.ingest.source.Source} seam lists the documents of one named source, lazily, as
 * {@link dev.lore.ingest.source.SourceItem}s. {@link dev.lore.ingest.source.FolderSource} walks a folder with include
 * and exclude globs; {@link dev.lore.ingest.source.WebSiteSource} crawls one intranet host politely.
 * {@link dev.lore.ingest.source.SourceDefinition} is the configured form of either.
 */
package dev.lore.ingest.source;
