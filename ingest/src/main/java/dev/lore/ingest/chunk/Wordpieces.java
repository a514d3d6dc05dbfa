package dev.lore.ingest.chunk;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.lore.ingest.IngestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Counts and splits text in the embedding model's own WordPiece tokens (all-MiniLM-L6-v2's tokenizer). Thread-safe. */
public final class Wordpieces implements AutoCloseable {

    /** The tokenizer file LangChain4j ships inside its all-MiniLM-L6-v2 jar. */
    static final String MINILM_TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

    private final HuggingFaceTokenizer tokenizer;

    private Wordpieces(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The tokenizer of all-MiniLM-L6-v2, loaded as LangChain4j loads it but without padding or truncation. */
    public static Wordpieces allMiniLmL6V2() {
        try (var json = AllMiniLmL6V2EmbeddingModel.class.getResourceAsStream(MINILM_TOKENIZER)) {
            if (json == null) {
                throw new IngestException("tokenizer " + MINILM_TOKENIZER + " not found on the classpath");
            }
            return new Wordpieces(HuggingFaceTokenizer.newInstance(json,
                    Map.of("padding", "false", "truncation", "false", "modelMaxLength", "1000000")));
        } catch (IOException e) {
            throw new IngestException("cannot load tokenizer " + MINILM_TOKENIZER, e);
        }
    }

    /** Wordpieces the model sees for this text, including [CLS] and [SEP]. */
    public int count(String text) {
        return countWithoutSpecialTokens(text) + 2;
    }

    /** Wordpieces of the text alone; additive over whitespace-joined pieces, since BERT splits at whitespace first. */
    int countWithoutSpecialTokens(String text) {
        return tokenizer.encode(text, false, false).getIds().length;
    }

    /** Splits text into consecutive pieces of at most {@code maxPieces} wordpieces, preferring to cut between words. */
    List<String> split(String text, int maxPieces) {
        if (maxPieces < 1) {
            throw new IllegalArgumentException("maxPieces must be >= 1, was " + maxPieces);
        }
        var encoding = tokenizer.encode(text, false, false);
        var tokens = encoding.getTokens();
        var spans = encoding.getCharTokenSpans();
        var pieces = new ArrayList<String>();
        var start = 0;
        while (start < tokens.length) {
            var end = Math.min(tokens.length, start + maxPieces);
            if (end < tokens.length) {
                var cut = end;
                while (cut > start + 1 && tokens[cut].startsWith("##")) {
                    cut--;
                }
                end = cut > start + 1 ? cut : end;
            }
            var from = Math.clamp(spans[start].getStart(), 0, text.length());
            var to = end < tokens.length ? Math.clamp(spans[end].getStart(), from, text.length()) : text.length();
            var piece = text.substring(from, to).strip();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            start = end;
        }
        return pieces;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
