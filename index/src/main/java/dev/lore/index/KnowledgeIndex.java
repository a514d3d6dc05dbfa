package dev.lore.index;

import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.DocumentStore;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The seam between retrieval and the search engine: the embedded Lucene index by default, a distributed engine later.
 */
public interface KnowledgeIndex extends DocumentStore, Closeable {

    /** Searches chunks visible to the request's groups. */
    List<Hit> search(SearchRequest request);

    /** The document's chunks in order, when the caller may read it (empty otherwise). */
    List<Hit> chunks(String docId, Set<String> groups);

    /** The document's metadata, when the caller may read it. */
    Optional<DocumentInfo> document(String docId, Set<String> groups);

    /** Documents visible to the caller, optionally of one source (null for all). */
    List<DocumentInfo> documents(String source, Set<String> groups);

    /** Counts and size. */
    IndexStats stats();

    @Override
    void close();
}
