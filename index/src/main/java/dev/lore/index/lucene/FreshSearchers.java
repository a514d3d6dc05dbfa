package dev.lore.index.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Near-real-time searchers over an {@link IndexWriter} that refresh lazily: a read that must see earlier writes
 * refreshes only when something was written since the last refresh, so a bulk ingest without searches never flushes
 * a tiny segment per document; {@link PendingWrites} answers incremental sync's questions in between.
 */
final class FreshSearchers implements AutoCloseable {

    /** Refresh once this many writes are pending, so a long ingest without searches keeps the overlay small. */
    private static final int MAX_PENDING = 10_000;

    /** A read against one point-in-time searcher. */
    interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final PendingWrites pending = new PendingWrites();
    private final AtomicLong lastWrite = new AtomicLong(-1);
    private final AtomicLong visible = new AtomicLong(-1);

    FreshSearchers(IndexWriter writer, Similarity similarity) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                var searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        });
    }

    /** Records a completed write (its writer sequence number in {@code write}). */
    void written(String docId, PendingWrites.Write write) throws IOException {
        pending.record(docId, write);
        lastWrite.accumulateAndGet(write.seqNo(), Math::max);
        if (pending.size() > MAX_PENDING) {
            refreshIfStale();
        }
    }

    /** The latest write of a document not yet visible to searchers, if any. */
    Optional<PendingWrites.Write> pending(String docId) {
        return pending.get(docId);
    }

    Iterable<Map.Entry<String, PendingWrites.Write>> pendingWrites() {
        return pending.entries();
    }

    /** Runs a read on a point-in-time searcher, first making earlier writes visible when {@code fresh} is set. */
    <T> T read(Read<T> read, boolean fresh) throws IOException {
        if (fresh) {
            refreshIfStale();
        }
        var searcher = searchers.acquire();
        try {
            return read.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Refreshes now, whether or not anything was written: after a merge, so searches use the merged segments. */
    void refresh() throws IOException {
        // every write up to this sequence number completed, so the refreshed reader sees it
        long upTo = writer.getMaxCompletedSequenceNumber();
        searchers.maybeRefreshBlocking();
        visible.accumulateAndGet(upTo, Math::max);
        pending.visibleUpTo(upTo);
    }

    private void refreshIfStale() throws IOException {
        if (lastWrite.get() > visible.get()) {
            refresh();
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
