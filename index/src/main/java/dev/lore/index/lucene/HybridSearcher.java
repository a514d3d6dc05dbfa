package dev.lore.index.lucene;

import dev.lore.index.Hit;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.index.fusion.ReciprocalRankFusion;
import dev.lore.ingest.DocumentInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

    private static final Comparator<Ranked> BY_SCORE_THEN_ID =
            Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::chunkId);

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

    /** One retriever's hit: chunk id, Lucene doc and score. */
    private record Ranked(String chunkId, int doc, float score) {
    }

    private static List<Hit> single(IndexSearcher searcher, ScoreDoc[] docs, int k, boolean isBm25) throws IOException {
        var ranking = ranking(searcher, docs);
        var stored = searcher.storedFields();
        int size = Math.min(k, ranking.size());
        var hits = new ArrayList<Hit>(size);
        for (int i = 0; i < size; i++) {
            var r = ranking.get(i);
            int rank = i + 1;
            hits.add(ChunkSchema.hit(stored, r.doc(), r.score(), isBm25 ? rank : 0, isBm25 ? 0 : rank));
        }
        return hits;
    }

    private List<Hit> hybrid(IndexSearcher searcher, ScoreDoc[] bm25, ScoreDoc[] vector, int k) throws IOException {
        var bm25Ranking = ranking(searcher, bm25);
        var vectorRanking = ranking(searcher, vector);
        var luceneDocs = new HashMap<String, Integer>(2 * (bm25.length + vector.length));
        bm25Ranking.forEach(r -> luceneDocs.put(r.chunkId(), r.doc()));
        vectorRanking.forEach(r -> luceneDocs.put(r.chunkId(), r.doc()));
        var fused = fusion.fuse(bm25Ranking.stream().map(Ranked::chunkId).toList(),
                vectorRanking.stream().map(Ranked::chunkId).toList());
        var stored = searcher.storedFields();
        int size = Math.min(k, fused.size());
        var hits = new ArrayList<Hit>(size);
        for (int i = 0; i < size; i++) {
            var f = fused.get(i);
            hits.add(ChunkSchema.hit(stored, luceneDocs.get(f.id()), f.score(), f.bm25Rank(), f.vectorRank()));
        }
        return hits;
    }

    /**
     * The hits ordered by score, then chunk id: Lucene breaks score ties by doc id, which depends on indexing order and
     * merges, so ranks would not be reproducible across reindexes. Chunk ids come from doc values, not stored fields.
     */
    private static List<Ranked> ranking(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        var byDoc = docs.clone();
        // doc values iterate forward only: visit the docs in index order
        Arrays.sort(byDoc, (a, b) -> Integer.compare(a.doc, b.doc));
        var ranking = new ArrayList<Ranked>(docs.length);
        var leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        SortedDocValues values = null;
        int base = 0;
        for (var scoreDoc : byDoc) {
            int leaf = ReaderUtil.subIndex(scoreDoc.doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                base = leaves.get(leaf).docBase;
                values = leaves.get(leaf).reader().getSortedDocValues(ChunkSchema.CHUNK_ID);
            }
            if (values == null || !values.advanceExact(scoreDoc.doc - base)) {
                throw new IllegalStateException("chunk without chunk id at Lucene doc " + scoreDoc.doc);
            }
            ranking.add(new Ranked(values.lookupOrd(values.ordValue()).utf8ToString(), scoreDoc.doc, scoreDoc.score));
        }
        ranking.sort(BY_SCORE_THEN_ID);
        return ranking;
    }
}
