package dev.lore.ingest;

import java.util.List;

/** What reading, hashing, parsing and chunking one source item came to. */
sealed interface PreparedDocument {

    String path();

    /** Parsed and chunked, waiting to be embedded and written. */
    record Ready(String path, DocumentInfo info, List<Chunk> chunks, boolean isNew) implements PreparedDocument {
    }

    /** Same content hash as the indexed version: nothing to do. */
    record Unchanged(String path) implements PreparedDocument {
    }

    /** Not a document Lore reads. */
    record Skipped(String path, String reason) implements PreparedDocument {
    }

    /** Could not be read, parsed or chunked. */
    record Failed(String path, String reason) implements PreparedDocument {
    }
}
