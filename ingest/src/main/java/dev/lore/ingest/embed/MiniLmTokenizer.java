package dev.lore.ingest.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The all-MiniLM-L6-v2 wordpiece tokenizer (the tokenizer.json shipped with the model), truncating at the model's window.
 *
 * <p>Thread-safe: the native HuggingFace tokenizer holds no per-call state.
 */
public final class MiniLmTokenizer implements AutoCloseable {

    /** sentence-transformers' max_seq_length for all-MiniLM-L6-v2, counting [CLS] and [SEP]. */
    public static final int MAX_WORDPIECES = 256;

    /** Wordpieces of text that fit in one window once [CLS] and [SEP] are added. */
    public static final int MAX_TEXT_WORDPIECES = MAX_WORDPIECES - 2;

    private final HuggingFaceTokenizer truncating;
    private final HuggingFaceTokenizer counting;

    private MiniLmTokenizer(HuggingFaceTokenizer truncating, HuggingFaceTokenizer counting) {
        this.truncating = truncating;
        this.counting = counting;
    }

    /** Loads the tokenizer of the float model (both variants share the same vocabulary). */
    public static MiniLmTokenizer load() {
        return load(MiniLmVariant.FLOAT);
    }

    /** Loads the tokenizer shipped with a variant. */
    public static MiniLmTokenizer load(MiniLmVariant variant) {
        var truncating = open(variant, Map.of("padding", "false", "truncation", "true",
                "maxLength", Integer.toString(MAX_WORDPIECES), "modelMaxLength", Integer.toString(MAX_WORDPIECES)));
        var counting = open(variant, Map.of("padding", "false", "truncation", "false",
                "addSpecialTokens", "false", "modelMaxLength", "1000000000"));
        return new MiniLmTokenizer(truncating, counting);
    }

    private static HuggingFaceTokenizer open(MiniLmVariant variant, Map<String, String> options) {
        try (var in = MiniLmTokenizer.class.getResourceAsStream(variant.tokenizerResource())) {
            if (in == null) {
                throw new IllegalStateException("tokenizer " + variant.tokenizerResource()
                        + " not on the classpath: add langchain4j-embeddings-" + variant.configName());
            }
            return HuggingFaceTokenizer.newInstance(in, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer " + variant.tokenizerResource(), e);
        }
    }

    /** Number of wordpieces in the text, without [CLS] and [SEP] and without truncation. */
    public int count(String text) {
        return counting.encode(text, false, false).getIds().length;
    }

    /** Token ids of the text with [CLS] and [SEP], truncated to {@link #MAX_WORDPIECES}. */
    public long[] encode(String text) {
        return truncating.encode(text, true, false).getIds();
    }

    @Override
    public void close() {
        truncating.close();
        counting.close();
    }
}
