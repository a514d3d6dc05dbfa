package dev.lore.ingest;

import dev.lore.ingest.source.Source;
import dev.lore.ingest.source.SourceItem;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync of one source, as a pipeline: a lister thread feeds items to parser threads, which hand chunked documents
 * through a bounded queue to the calling thread, which embeds in batches and writes. Parsing thus overlaps embedding.
 */
final class SyncRun {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRun.class);
    private static final SourceItem END = new SourceItem("\0end", Instant.EPOCH, 0, () -> new byte[0]);

    private final Source source;
    private final DocumentPreparer preparer;
    private final EmbeddingWriter writer;
    private final DocumentStore store;
    private final int parserThreads;
    private final IngestProgress progress;
    private final Tally tally;
    /** Bounded, so a source that reads eagerly (a crawl, a corpus file) cannot fill the heap ahead of the parsers. */
    private final BlockingQueue<SourceItem> items = new LinkedBlockingQueue<>(4096);
    private final BlockingQueue<PreparedDocument.Ready> ready;
    private final Set<String> listed = ConcurrentHashMap.newKeySet();
    private final CountDownLatch parsersDone;
    private volatile IOException listingFailure;
    private volatile boolean listingComplete;

    SyncRun(Source source, DocumentPreparer preparer, EmbeddingWriter writer, DocumentStore store, int parserThreads,
            IngestProgress progress) {
        this.source = source;
        this.preparer = preparer;
        this.writer = writer;
        this.store = store;
        this.parserThreads = parserThreads;
        this.progress = progress;
        this.tally = writer.tally();
        // Room for several full batches even of one-chunk documents, so the model never gets a starved batch.
        this.ready = new ArrayBlockingQueue<>(4 * writer.batchSize() + 4 * parserThreads);
        this.parsersDone = new CountDownLatch(parserThreads);
    }

    IngestReport run() {
        var lister = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("lore-ingest-list").daemon().factory());
        var parsers = Executors.newFixedThreadPool(parserThreads,
                Thread.ofPlatform().name("lore-ingest-parse-", 0).daemon().factory());
        try {
            lister.execute(this::list);
            for (var i = 0; i < parserThreads; i++) {
                parsers.execute(this::parse);
            }
            embedAndWrite();
            writer.finish();
            deleteVanished();
            writer.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("ingestion of source " + source.name() + " was interrupted", e);
        } finally {
            shutdown(lister);
            shutdown(parsers);
            writer.close();
        }
        progress.update(source.name(), tally.listed.get(), tally.done(), tally.chunks.get(), true);
        return tally.report();
    }

    private void list() {
        try {
            source.items(item -> {
                listed.add(item.path());
                tally.listed.incrementAndGet();
                try {
                    items.put(item);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IngestException("listing of source " + source.name() + " was interrupted", e);
                }
            });
            listingComplete = true;
        } catch (IOException | RuntimeException e) {
            listingFailure = e instanceof IOException io ? io : new IOException(e.toString(), e);
        } finally {
            try {
                for (var i = 0; i < parserThreads; i++) {
                    items.put(END);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void parse() {
        try {
            for (var item = items.take(); item != END; item = items.take()) {
                switch (preparer.prepare(source, item)) {
                    case PreparedDocument.Ready document -> ready.put(document);
                    case PreparedDocument.Unchanged unchanged -> tally.unchanged.incrementAndGet();
                    case PreparedDocument.Skipped skipped -> tally.skipped(skipped.path(), skipped.reason());
                    case PreparedDocument.Failed failed -> tally.failed(failed.path(), failed.reason());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            parsersDone.countDown();
        }
    }

    private void embedAndWrite() throws InterruptedException {
        while (true) {
            var document = ready.poll(20, TimeUnit.MILLISECONDS);
            if (document != null) {
                writer.add(document);
            } else if (parsersDone.getCount() == 0 && ready.isEmpty()) {
                writer.flush();
                break;
            } else {
                // Parsers are slower than the model right now: embed what is waiting rather than idle.
                writer.idle();
            }
            progress.update(source.name(), tally.listed.get(), tally.done(), tally.chunks.get(), false);
        }
    }

    /** Deletes documents indexed for this source but no longer in it, only after a complete listing. */
    private void deleteVanished() {
        if (listingFailure != null) {
            tally.sourceFailed(source.location(), "listing incomplete, nothing deleted: " + listingFailure.getMessage());
            return;
        }
        if (!listingComplete || tally.done() != tally.listed.get()) {
            tally.sourceFailed(source.location(), "only " + tally.done() + " of " + tally.listed.get()
                    + " documents were processed, nothing deleted");
            return;
        }
        var prefix = source.name() + ":";
        var present = new HashSet<String>();
        listed.forEach(path -> present.add(prefix + path));
        for (var docId : store.documentIds(source.name())) {
            if (!present.contains(docId) && store.delete(docId)) {
                tally.deleted.incrementAndGet();
                LOG.debug("deleted {}: gone from source {}", docId, source.name());
            }
        }
    }

    private static void shutdown(ExecutorService executor) {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("ingestion threads did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
