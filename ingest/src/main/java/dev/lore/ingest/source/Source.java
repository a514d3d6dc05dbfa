package dev.lore.ingest.source;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;

/** A connector that lists the documents of one named source: a folder, a web site, ... */
public interface Source {

    /** Name of the source; document ids are {@code name + ":" + item path}. */
    String name();

    /** Where the source lives (folder path, seed URL), for messages. */
    String location();

    /** Groups allowed to read the source's documents. */
    Set<String> groups();

    /**
     * Hands every item of the source to {@code sink}, one at a time, and returns normally only when the listing was
     * complete: documents indexed for this source but not listed are then deleted.
     *
     * @throws IOException when the listing itself failed (the source is unreachable); nothing is deleted then
     */
    void items(Consumer<SourceItem> sink) throws IOException;
}
