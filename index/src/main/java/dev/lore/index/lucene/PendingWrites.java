package dev.lore.index.lucene;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes not yet visible to the near-real-time reader, so incremental sync can ask "what hash is stored?" after its own
 * writes without refreshing the reader (a refresh per document would flush one tiny segment per document).
 */
final class PendingWrites {

    /** A replace (hash set) or a delete (hash null) with the writer's sequence number. */
    record Write(long seqNo, String source, String contentHash) {
    }

    private final ConcurrentHashMap<String, Write> writes = new ConcurrentHashMap<>();

    void record(String docId, Write write) {
        writes.merge(docId, write, (old, now) -> now.seqNo() >= old.seqNo() ? now : old);
    }

    /** The pending write of a document, if any. */
    Optional<Write> get(String docId) {
        return Optional.ofNullable(writes.get(docId));
    }

    Iterable<java.util.Map.Entry<String, Write>> entries() {
        return writes.entrySet();
    }

    int size() {
        return writes.size();
    }

    /** Forgets the writes a reader refreshed after {@code seqNo} was completed already sees. */
    void visibleUpTo(long seqNo) {
        writes.values().removeIf(w -> w.seqNo() <= seqNo);
    }
}
