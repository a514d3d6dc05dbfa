package dev.lore.index.lucene;

import dev.lore.index.Hit;
import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.EmbeddedChunk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;

/**
 * How a document becomes Lucene documents: one per chunk (searchable: BM25 contents and vector) plus one metadata
 * document per source document (not searchable: no contents, no vector), written together as one atomic block, so a
 * document with zero chunks is still known to incremental sync.
 */
final class ChunkSchema {

    static final String DOC_ID = "docId";
    static final String KIND = "kind";
    static final String CHUNK_ID = "chunkId";
    static final String ORDINAL = "ordinal";
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String TEXT = "text";
    /** Title, heading path and text analysed together for BM25, like Anserini's {@code contents} for BEIR title + text. */
    static final String CONTENTS = "contents";
    static final String VECTOR = "vector";
    static final String GROUPS = "groups";
    static final String SOURCE = "source";
    static final String URI = "uri";
    static final String CONTENT_HASH = "contentHash";
    static final String MODIFIED = "modified";
    static final String CHUNK_COUNT = "chunkCount";

    static final String KIND_CHUNK = "chunk";
    static final String KIND_DOCUMENT = "document";

    static final Set<String> HIT_FIELDS = Set.of(DOC_ID, CHUNK_ID, ORDINAL, TITLE, HEADING, SOURCE, URI, TEXT);

    private ChunkSchema() {
    }

    static Term docIdTerm(String docId) {
        return new Term(DOC_ID, docId);
    }

    /** The block that replaces a document: its metadata document first, then its chunks in order. */
    static List<Document> block(DocumentInfo info, List<EmbeddedChunk> chunks) {
        var docs = new ArrayList<Document>(chunks.size() + 1);
        docs.add(metadata(info, chunks.size()));
        for (var chunk : chunks) {
            if (!chunk.chunk().docId().equals(info.docId())) {
                throw new IllegalArgumentException("chunk " + chunk.chunk().chunkId() + " does not belong to document "
                        + info.docId());
            }
            docs.add(chunk(info, chunk));
        }
        return docs;
    }

    private static Document metadata(DocumentInfo info, int chunkCount) {
        var doc = new Document();
        doc.add(new StringField(DOC_ID, info.docId(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.NO));
        doc.add(new StringField(SOURCE, info.source(), Field.Store.YES));
        doc.add(new StoredField(URI, info.uri()));
        doc.add(new StoredField(TITLE, info.title()));
        for (var group : info.sortedGroups()) {
            doc.add(new StringField(GROUPS, group, Field.Store.YES));
        }
        doc.add(new StoredField(CONTENT_HASH, info.contentHash()));
        doc.add(new StoredField(MODIFIED, info.modified().toEpochMilli()));
        doc.add(new StoredField(CHUNK_COUNT, chunkCount));
        return doc;
    }

    private static Document chunk(DocumentInfo info, EmbeddedChunk embedded) {
        var chunk = embedded.chunk();
        var doc = new Document();
        doc.add(new StringField(DOC_ID, info.docId(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_CHUNK, Field.Store.NO));
        doc.add(new StoredField(CHUNK_ID, chunk.chunkId()));
        doc.add(new SortedDocValuesField(CHUNK_ID, new BytesRef(chunk.chunkId())));
        doc.add(new StoredField(ORDINAL, chunk.ordinal()));
        doc.add(new StoredField(TITLE, chunk.title().isBlank() ? info.title() : chunk.title()));
        for (var heading : chunk.headingPath()) {
            doc.add(new StoredField(HEADING, heading));
        }
        doc.add(new StoredField(TEXT, chunk.text()));
        doc.add(new TextField(CONTENTS, chunk.embeddingText(), Field.Store.NO));
        doc.add(new KnnFloatVectorField(VECTOR, normalized(embedded.vector()), VectorSimilarityFunction.DOT_PRODUCT));
        for (var group : info.sortedGroups()) {
            doc.add(new StringField(GROUPS, group, Field.Store.NO));
        }
        doc.add(new StringField(SOURCE, info.source(), Field.Store.YES));
        doc.add(new StoredField(URI, info.uri()));
        return doc;
    }

    /** A unit-length copy: dot product equals cosine only for unit vectors, and Lucene does not check. */
    static float[] normalized(float[] vector) {
        var copy = Arrays.copyOf(vector, vector.length);
        return VectorUtil.l2normalize(copy, false);
    }

    static DocumentInfo documentInfo(Document doc) {
        return new DocumentInfo(doc.get(DOC_ID), doc.get(SOURCE), doc.get(URI), doc.get(TITLE),
                Set.of(doc.getValues(GROUPS)), doc.get(CONTENT_HASH),
                Instant.ofEpochMilli(doc.getField(MODIFIED).numericValue().longValue()));
    }

    static Hit hit(StoredFields stored, int doc, double score, int bm25Rank, int vectorRank) throws java.io.IOException {
        var d = stored.document(doc, HIT_FIELDS);
        return new Hit(d.get(DOC_ID), d.get(CHUNK_ID), d.getField(ORDINAL).numericValue().intValue(), d.get(TITLE),
                List.of(d.getValues(HEADING)), d.get(SOURCE), d.get(URI), d.get(TEXT), score, bm25Rank, vectorRank);
    }
}
