package dev.lore.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A bag-of-words BM25 query built from analysed terms, never parsed, so no query text can be a syntax error; a term
 * repeated in the query is weighted by its count, as Anserini's {@code BagOfWordsQueryGenerator} does.
 */
final class Bm25Query {

    private Bm25Query() {
    }

    /** The scoring query over {@code field}, or null when the text has no indexable term (only stop words). */
    static Query of(Analyzer analyzer, String field, String text) {
        var counts = new LinkedHashMap<String, Integer>();
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (counts.isEmpty()) {
            return null;
        }
        var query = new BooleanQuery.Builder();
        int clauses = 0;
        for (var entry : counts.entrySet()) {
            if (++clauses > IndexSearcher.getMaxClauseCount() - 16) { // room for the access filter
                break;
            }
            Query termQuery = new TermQuery(new Term(field, entry.getKey()));
            if (entry.getValue() > 1) {
                termQuery = new BoostQuery(termQuery, entry.getValue());
            }
            query.add(termQuery, BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }
}
