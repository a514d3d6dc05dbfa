/**
 * Parsing: every supported format (Markdown with front matter, plain text, HTML, and PDF and office documents
 * through Apache Tika) is reduced to one {@link dev.lore.ingest.parse.ParsedDocument}, a title and an ordered list of
 * headings, paragraphs and tables. {@link dev.lore.ingest.parse.DocumentParser} detects the type from content and
 * file name and turns every bad input (empty, oversized, corrupt, encrypted, invalid UTF-8, decompression bomb) into
 * an {@link dev.lore.ingest.IngestException} whose message says why.
 */
package dev.lore.ingest.parse;
