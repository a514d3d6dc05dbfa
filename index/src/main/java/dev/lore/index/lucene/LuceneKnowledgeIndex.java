package dev.lore.index.lucene;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.index.Hit;
import dev.lore.index.IndexException;
import dev.lore.index.IndexLockedException;
import dev.lore.index.IndexStats;
import dev.lore.index.KnowledgeIndex;
import dev.lore.index.SearchRequest;
import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.EmbeddedChunk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded Lucene hybrid index in one folder: one Lucene document per chunk (BM25 over title, headings and text
 * with English analysis; an HNSW vector), per-document atomic writes, near-real-time searches, access filtering inside
 * both retrievers and reciprocal rank fusion.
 */
public final class LuceneKnowledgeIndex implements KnowledgeIndex {

    private final Path folder;
    private final EmbeddingModel embeddingModel;
    private final Directory directory;
    private final IndexWriter writer;
    private final FreshSearchers searchers;
    private final HybridSearcher hybrid;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Opens (or creates) the index in {@code folder}; the model embeds query text for vector and hybrid searches. */
    public LuceneKnowledgeIndex(Path folder, EmbeddingModel embeddingModel, LuceneIndexOptions options) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.embeddingModel = Objects.requireNonNull(embeddingModel, "embeddingModel");
        Objects.requireNonNull(options, "options");
        var analyzer = new EnglishAnalyzer();
        var similarity = new BM25Similarity(options.bm25K1(), options.bm25B());
        var config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCodec(new LoreCodec(options))
                .setSimilarity(similarity)
                .setRAMBufferSizeMB(options.ramBufferMb());
        Directory dir = null;
        try {
            Files.createDirectories(folder);
            dir = FSDirectory.open(folder);
            this.writer = new IndexWriter(dir, config);
            this.directory = dir;
            this.searchers = new FreshSearchers(writer, similarity);
        } catch (LockObtainFailedException e) {
            closeQuietly(dir);
            throw new IndexLockedException("index " + folder + " is locked by another process (is the server running?)", e);
        } catch (IOException e) {
            closeQuietly(dir);
            throw new IndexException("cannot open index " + folder + ": " + e.getMessage(), e);
        }
        this.hybrid = new HybridSearcher(analyzer, options);
    }

    /** Opens (or creates) the index in {@code folder} with {@link LuceneIndexOptions#defaults()}. */
    public LuceneKnowledgeIndex(Path folder, EmbeddingModel embeddingModel) {
        this(folder, embeddingModel, LuceneIndexOptions.defaults());
    }

    /** The folder this index lives in. */
    public Path folder() {
        return folder;
    }

    @Override
    public List<Hit> search(SearchRequest request) {
        float[] vector = HybridSearcher.needsVector(request.mode())
                ? embeddingModel.embed(request.query()).content().vector()
                : null;
        return search(request, vector);
    }

    @Override
    public List<Hit> search(SearchRequest request, float[] queryVector) {
        if (HybridSearcher.needsVector(request.mode()) && queryVector == null) {
            throw new IllegalArgumentException("mode " + request.mode() + " needs a query vector");
        }
        return read(searcher -> hybrid.search(searcher, request, queryVector), true);
    }

    @Override
    public List<Hit> chunks(String docId, Set<String> groups) {
        var query = ofDocument(docId, ChunkSchema.KIND_CHUNK, groups);
        return read(searcher -> {
            var top = searcher.search(query, Math.max(1, searcher.count(query)));
            var stored = searcher.storedFields();
            var hits = new ArrayList<Hit>(top.scoreDocs.length);
            for (var scoreDoc : top.scoreDocs) {
                hits.add(ChunkSchema.hit(stored, scoreDoc.doc, 0, 0, 0));
            }
            hits.sort(Comparator.comparingInt(Hit::ordinal));
            return hits;
        }, true);
    }

    @Override
    public Optional<DocumentInfo> document(String docId, Set<String> groups) {
        return metadata(ofDocument(docId, ChunkSchema.KIND_DOCUMENT, groups), true).stream().findFirst();
    }

    @Override
    public List<DocumentInfo> documents(String source, Set<String> groups) {
        var query = new BooleanQuery.Builder()
                .add(kind(ChunkSchema.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .add(HybridSearcher.accessFilter(groups), BooleanClause.Occur.FILTER);
        if (source != null) {
            query.add(new TermQuery(new Term(ChunkSchema.SOURCE, source)), BooleanClause.Occur.FILTER);
        }
        var infos = new ArrayList<>(metadata(query.build(), true));
        infos.sort(Comparator.comparing(DocumentInfo::docId));
        return infos;
    }

    @Override
    public Optional<String> contentHash(String docId) {
        var write = searchers.pending(docId);
        if (write.isPresent()) {
            return Optional.ofNullable(write.get().contentHash());
        }
        var query = new BooleanQuery.Builder()
                .add(new TermQuery(ChunkSchema.docIdTerm(docId)), BooleanClause.Occur.FILTER)
                .add(kind(ChunkSchema.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .build();
        return metadata(query, false).stream().findFirst().map(DocumentInfo::contentHash);
    }

    @Override
    public Set<String> documentIds(String source) {
        var query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ChunkSchema.SOURCE, source)), BooleanClause.Occur.FILTER)
                .add(kind(ChunkSchema.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .build();
        var ids = new HashSet<String>();
        metadata(query, false).forEach(info -> ids.add(info.docId()));
        for (var entry : searchers.pendingWrites()) {
            var write = entry.getValue();
            if (write.contentHash() != null && source.equals(write.source())) {
                ids.add(entry.getKey());
            } else {
                ids.remove(entry.getKey());
            }
        }
        return new TreeSet<>(ids);
    }

    @Override
    public void replace(DocumentInfo document, List<EmbeddedChunk> chunks) {
        var block = ChunkSchema.block(document, chunks);
        try {
            long seqNo = writer.updateDocuments(ChunkSchema.docIdTerm(document.docId()), block);
            searchers.written(document.docId(), new PendingWrites.Write(seqNo, document.source(), document.contentHash()));
        } catch (IOException e) {
            throw new IndexException("cannot write document " + document.docId() + " to " + folder, e);
        }
    }

    @Override
    public boolean delete(String docId) {
        boolean existed = contentHash(docId).isPresent();
        try {
            long seqNo = writer.deleteDocuments(ChunkSchema.docIdTerm(docId));
            searchers.written(docId, new PendingWrites.Write(seqNo, null, null));
        } catch (IOException e) {
            throw new IndexException("cannot delete document " + docId + " from " + folder, e);
        }
        return existed;
    }

    @Override
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new IndexException("cannot commit index " + folder, e);
        }
    }

    /**
     * Merges the index into one segment and commits: searches then visit one HNSW graph and one term dictionary
     * instead of one per segment (measured on 100k passages, 11 segments merged into 1 in 18 s: BM25 p50 4.9 to 2.3
     * ms, vector 9.1 to 1.8 ms, on a loaded 2-core machine). Costly on a large index, so not after every sync.
     */
    @Override
    public void optimize() {
        try {
            writer.forceMerge(1);
            writer.commit();
            searchers.refresh();
        } catch (IOException e) {
            throw new IndexException("cannot merge index " + folder, e);
        }
    }

    /** Number of segments the searchers see (after making earlier writes visible). */
    public int segments() {
        return read(searcher -> searcher.getIndexReader().leaves().size(), true);
    }

    @Override
    public IndexStats stats() {
        return read(searcher -> new IndexStats(searcher.count(kind(ChunkSchema.KIND_DOCUMENT)),
                searcher.count(kind(ChunkSchema.KIND_CHUNK)), sizeBytes(), 0), true);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (directory; writer; searchers) {
            // closing the writer commits pending writes (IndexWriterConfig.commitOnClose defaults to true)
        } catch (IOException e) {
            throw new IndexException("cannot close index " + folder, e);
        }
    }

    /** Runs a read on a point-in-time searcher, first making earlier writes visible when {@code fresh} is set. */
    private <T> T read(FreshSearchers.Read<T> read, boolean fresh) {
        try {
            return searchers.read(read, fresh);
        } catch (IOException e) {
            throw new IndexException("cannot read index " + folder + ": " + e.getMessage(), e);
        }
    }

    private List<DocumentInfo> metadata(Query query, boolean fresh) {
        return read(searcher -> {
            var top = searcher.search(query, Math.max(1, searcher.count(query)));
            var stored = searcher.storedFields();
            var infos = new ArrayList<DocumentInfo>(top.scoreDocs.length);
            for (var scoreDoc : top.scoreDocs) {
                infos.add(ChunkSchema.documentInfo(stored.document(scoreDoc.doc)));
            }
            return infos;
        }, fresh);
    }

    private static Query ofDocument(String docId, String kind, Set<String> groups) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(ChunkSchema.docIdTerm(docId)), BooleanClause.Occur.FILTER)
                .add(kind(kind), BooleanClause.Occur.FILTER)
                .add(HybridSearcher.accessFilter(groups), BooleanClause.Occur.FILTER)
                .build();
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(ChunkSchema.KIND, kind));
    }

    private long sizeBytes() throws IOException {
        long total = 0;
        for (var file : directory.listAll()) {
            try {
                total += directory.fileLength(file);
            } catch (NoSuchFileException | java.io.FileNotFoundException e) {
                // merged away between listing and measuring
            }
        }
        return total;
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // the open failure is the error worth reporting
            }
        }
    }
}
