package dev.lore.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where ingestion writes: per-document atomic replace and delete, plus what incremental sync needs to know. */
public interface DocumentStore {

    /** The content hash stored for a document, if it is indexed. */
    Optional<String> contentHash(String docId);

    /** Ids of all documents indexed for a source. */
    Set<String> documentIds(String source);

    /** Replaces all chunks of a document at once (adds it when new). */
    void replace(DocumentInfo document, List<EmbeddedChunk> chunks);

    /** Removes a document and all its chunks; returns whether it existed. */
    boolean delete(String docId);

    /** Makes all writes so far durable. */
    void commit();
}
