package dev.lore.ingest.source;

/** Kinds of source Lore can sync. */
public enum SourceType {
    /** A filesystem folder. */
    FOLDER,
    /** An intranet web site. */
    WEB
}
