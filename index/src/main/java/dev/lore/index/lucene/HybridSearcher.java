package dev.lore.index.lucene;

import dev.lore.index.Hit;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.index.fusion.ReciprocalRankFusion;
import dev.lore.ingest.DocumentInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * One search over one point-in-time searcher: BM25 top-N and filtered HNSW top-N, both restricted by the access filter
 * inside Lucene, fused by reciprocal rank fusion; stored fields are read only for the final k hits.
 */
final class HybridSearcher {

    private final Analyzer analyzer;
    private final LuceneIndexOptions options;
    private final ReciprocalRankFusion fusion;

    HybridSearcher(Analyzer analyzer, LuceneIndexOptions options) {
        this.analyzer = analyzer;
        this.options = options;
        this.fusion = new ReciprocalRankFusion(options.rrfK());
    }

    /** The access filter: documents whose groups intersect the caller's groups plus {@code everyone}. */
    static Query accessFilter(Set<String> groups) {
        var terms = new ArrayList<BytesRef>(groups.size() + 1);
        terms.add(new BytesRef(DocumentInfo.EVERYONE));
        for (var group : groups) {
            if (!group.equals(DocumentInfo.EVERYONE)) {
                terms.add(new BytesRef(group));
            }
        }
        return new TermInSetQuery(ChunkSchema.GROUPS, terms);
    }

    List<Hit> search(IndexSearcher searcher, SearchRequest request, float[] queryVector) throws IOException {
        var filter = accessFilter(request.groups());
        int n = Math.max(request.k(), options.candidates());
        return switch (request.mode()) {
            // BM25 mode fetches the same N as hybrid, so its latency is the BM25 part of a hybrid search
            case BM25 -> single(searcher, bm25(searcher, request.query(), filter, n), request.k(), true);
            case VECTOR -> single(searcher, knn(searcher, queryVector, filter, n), request.k(), false);
            case HYBRID -> hybrid(searcher, bm25(searcher, request.query(), filter, n),
                    knn(searcher, queryVector, filter, n), request.k());
        };
    }

    static boolean needsVector(SearchMode mode) {
        return mode != SearchMode.BM25;
    }

    private ScoreDoc[] bm25(IndexSearcher searcher, String text, Query filter, int n) throws IOException {
        var scoring = Bm25Query.of(analyzer, ChunkSchema.CONTENTS, text);
        if (scoring == null) {
            return new ScoreDoc[0];
        }
        var query = new BooleanQuery.Builder()
                .add(scoring, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
        return searcher.search(query, n).scoreDocs;
    }

    private static ScoreDoc[] knn(IndexSearcher searcher, float[] vector, Query filter, int n) throws IOException {
        var query = new KnnFloatVectorQuery(ChunkSchema.VECTOR, ChunkSchema.normalized(vector), n, filter);
        return searcher.search(query, n).scoreDocs;
    }

    private static List<Hit> single(IndexSearcher searcher, ScoreDoc[] docs, int k, boolean isBm25) throws IOException {
        var stored = searcher.storedFields();
        int size = Math.min(k, docs.length);
        var hits = new ArrayList<Hit>(size);
        for (int i = 0; i < size; i++) {
            int rank = i + 1;
            hits.add(ChunkSchema.hit(stored, docs[i].doc, docs[i].score, isBm25 ? rank : 0, isBm25 ? 0 : rank));
        }
        return hits;
    }

    private List<Hit> hybrid(IndexSearcher searcher, ScoreDoc[] bm25, ScoreDoc[] vector, int k) throws IOException {
        var luceneDocs = new HashMap<String, Integer>(2 * (bm25.length + vector.length));
        var bm25Ids = chunkIds(searcher, bm25, luceneDocs);
        var vectorIds = chunkIds(searcher, vector, luceneDocs);
        var fused = fusion.fuse(bm25Ids, vectorIds);
        var stored = searcher.storedFields();
        int size = Math.min(k, fused.size());
        var hits = new ArrayList<Hit>(size);
        for (int i = 0; i < size; i++) {
            var f = fused.get(i);
            hits.add(ChunkSchema.hit(stored, luceneDocs.get(f.id()), f.score(), f.bm25Rank(), f.vectorRank()));
        }
        return hits;
    }

    /** Chunk ids of the ranked docs from doc values (no stored-field reads), in rank order. */
    private static List<String> chunkIds(IndexSearcher searcher, ScoreDoc[] ranked, HashMap<String, Integer> luceneDocs)
            throws IOException {
        var ids = new String[ranked.length];
        var order = new Integer[ranked.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // doc values iterate forward only: visit the docs in index order, write the ids back in rank order
        Arrays.sort(order, (a, b) -> Integer.compare(ranked[a].doc, ranked[b].doc));
        var leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        SortedDocValues values = null;
        int base = 0;
        for (int i : order) {
            int doc = ranked[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                base = leaves.get(leaf).docBase;
                values = leaves.get(leaf).reader().getSortedDocValues(ChunkSchema.CHUNK_ID);
            }
            if (values == null || !values.advanceExact(doc - base)) {
                throw new IllegalStateException("chunk without chunk id at Lucene doc " + doc);
            }
            ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            luceneDocs.put(ids[i], doc);
        }
        return Arrays.asList(ids);
    }
}
