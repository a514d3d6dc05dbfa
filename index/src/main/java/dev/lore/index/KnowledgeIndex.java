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

    /**
     * Searches with a query vector the caller embedded already (batch evaluation, benchmarks that time search without
     * query embedding); the query text still drives BM25, and the vector is ignored in BM25 mode.
     */
    default List<Hit> search(SearchRequest request, float[] queryVector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not take precomputed query vectors");
    }

    /** The document's chunks in order, when the caller may read it (empty otherwise). */
    List<Hit> chunks(String docId, Set<String> groups);

    /** The document's metadata, when the caller may read it. */
    Optional<DocumentInfo> document(String docId, Set<String> groups);

    /** Documents visible to the caller, optionally of one source (null for all). */
    List<DocumentInfo> documents(String source, Set<String> groups);

    /**
     * Compacts the index for the fastest searches after a bulk load (a rebuilt generation, an evaluation index); a
     * no-op where the engine manages that itself. Commits.
     */
    default void optimize() {
        commit();
    }

    /** Counts and size. */
    IndexStats stats();

    @Override
    void close();
}
