package dev.lore.index.lucene;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * Lucene's default codec with the chunk vector field's HNSW format chosen by {@link VectorStorage}. The per-field
 * format's name is recorded in each segment, so an index written with either setting reads back with the stock codec.
 */
final class LoreCodec extends Lucene103Codec {

    private final KnnVectorsFormat vectors;

    LoreCodec(LuceneIndexOptions options) {
        this.vectors = switch (options.vectorStorage()) {
            case INT8 -> new Lucene99HnswScalarQuantizedVectorsFormat(options.hnswMaxConnections(),
                    options.hnswBeamWidth());
            case FLOAT32 -> new Lucene99HnswVectorsFormat(options.hnswMaxConnections(), options.hnswBeamWidth());
        };
    }

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
    }
}
