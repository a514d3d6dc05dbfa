package dev.lore.ingest.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxMiniLmEmbeddingModelTest {

    /** About 120 wordpieces: LangChain4j's tokenizer.json truncates at 128, so longer texts cannot be compared. */
    private static final String LONG = """
            Lore ingests internal documents, splits them into passages that fit the embedding model's window, and \
            indexes every passage twice: once as text for BM25 and once as a 384-dimensional vector for approximate \
            nearest-neighbour search. At question time both retrievers run with the caller's groups as a filter inside \
            the search, their rankings are fused by reciprocal rank fusion, and a small local model answers from the \
            best passages, citing each one, or says it does not know.""";

    private static final String LONGER = LONG + """
             The index lives in a folder on disk, survives crashes, and is updated one document at a time, so that an \
            edited page replaces all of its passages at once. Evaluation on public benchmarks keeps the retrieval \
            honest: the numbers are compared with published baselines.""";

    private static final List<String> TEXTS = List.of(
            "How do I connect to the VPN from home?",
            "Expense reports are due on the fifth working day of the month.",
            "Plan: Gold; Price: 30 EUR; Seats: 10",
            "a",
            "Ünïcödé façade — naïve café, 東京, emoji 🙂 and numbers 3.14159",
            LONG);

    private static OnnxMiniLmEmbeddingModel model;

    @BeforeAll
    static void load() {
        model = OnnxMiniLmEmbeddingModel.load(MiniLmVariant.FLOAT);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void vectorsMatchLangChain4jModel() {
        assertThat(model.tokenizer().count(LONG)).isBetween(100, 126);
        assertSameVectors(model.embedTexts(TEXTS), new AllMiniLmL6V2EmbeddingModel(), 0.999);
    }

    @Test
    void textBeyond128WordpiecesStillCountsUnlikeLangChain4j() {
        // LangChain4j's tokenizer.json truncates at 128; sentence-transformers (and we) keep 256 wordpieces.
        assertThat(model.tokenizer().count(LONGER)).isBetween(129, MiniLmTokenizer.MAX_TEXT_WORDPIECES);
        var reference = new AllMiniLmL6V2EmbeddingModel();
        var referenceLong = reference.embed(LONG + " " + "filler ".repeat(60)).content().vector();
        var referenceLonger = reference.embed(LONG + " " + "filler ".repeat(60) + "pizza").content().vector();
        assertThat(cosine(referenceLong, referenceLonger)).isGreaterThan(0.99999);
        var ours = model.embedTexts(List.of(LONG, LONGER));
        assertThat(cosine(ours[0], ours[1])).isLessThan(0.99);
    }

    @Test
    void quantizedVectorsMatchLangChain4jQuantizedModel() {
        try (var quantized = OnnxMiniLmEmbeddingModel.load("all-minilm-l6-v2-q")) {
            assertThat(quantized.variant()).isEqualTo(MiniLmVariant.QUANTIZED);
            var reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
            var oneByOne = TEXTS.stream().map(t -> quantized.embedTexts(List.of(t))[0]).toArray(float[][]::new);
            assertSameVectors(oneByOne, reference, 0.999);
            // dynamic int8 quantization scales activations per batch, so padding neighbours shift vectors slightly
            assertSameVectors(quantized.embedTexts(TEXTS), reference, 0.98);
        }
    }

    @Test
    void batchOrderAndBatchingDoNotChangeVectors() {
        var reversed = TEXTS.reversed();
        var batched = model.embedTexts(reversed);
        try (var small = OnnxMiniLmEmbeddingModel.load(MiniLmVariant.FLOAT, 1, 2, 2)) {
            for (int i = 0; i < reversed.size(); i++) {
                var single = small.embedTexts(List.of(reversed.get(i)))[0];
                assertThat(cosine(batched[i], single)).as(reversed.get(i)).isGreaterThan(0.9999);
            }
        }
    }

    @Test
    void vectorsAreNormalizedAnd384Wide() {
        var response = model.embedAll(List.of(TextSegment.from("hello world")));
        var vector = response.content().getFirst().vector();
        assertThat(vector).hasSize(384);
        assertThat(model.dimension()).isEqualTo(384);
        assertThat(cosine(vector, vector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(norm(vector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void textsLongerThanTheWindowAreTruncatedAt256Wordpieces() {
        var tooLong = (LONG + " ").repeat(3);
        assertThat(model.tokenizer().count(tooLong)).isGreaterThan(MiniLmTokenizer.MAX_WORDPIECES);
        var withTail = model.embedTexts(List.of(tooLong, tooLong + " completely different tail about pizza"));
        assertThat(cosine(withTail[0], withTail[1])).isGreaterThan(0.99999);
    }

    @Test
    void unknownModelNameIsRejectedWithTheValue() {
        assertThatThrownBy(() -> MiniLmVariant.parse("bge-small"))
                .hasMessageContaining("bge-small")
                .hasMessageContaining("all-minilm-l6-v2-q");
    }

    private static void assertSameVectors(float[][] ours, EmbeddingModel reference, double minCosine) {
        for (int i = 0; i < TEXTS.size(); i++) {
            var expected = reference.embed(TEXTS.get(i)).content().vector();
            assertThat(cosine(ours[i], expected)).as(TEXTS.get(i)).isGreaterThan(minCosine);
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(float[] a) {
        double sum = 0;
        for (float v : a) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
