package dev.lore.ingest.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MiniLmTokenizerTest {

    @Test
    void countsWordpiecesWithoutSpecialTokensOrTruncation() {
        try (var tokenizer = MiniLmTokenizer.load()) {
            assertThat(tokenizer.count("")).isZero();
            // "embeddings" splits into em ##bed ##ding ##s in the BERT uncased vocabulary
            assertThat(tokenizer.count("hello world")).isEqualTo(2);
            assertThat(tokenizer.count("embeddings")).isEqualTo(4);
            assertThat(tokenizer.count("word ".repeat(1000))).isEqualTo(1000);
        }
    }

    @Test
    void encodingAddsClsAndSepAndTruncatesAtTheWindow() {
        try (var tokenizer = MiniLmTokenizer.load()) {
            var ids = tokenizer.encode("hello world");
            assertThat(ids).hasSize(4);
            assertThat(ids[0]).isEqualTo(101);
            assertThat(ids[3]).isEqualTo(102);
            var truncated = tokenizer.encode("word ".repeat(1000));
            assertThat(truncated).hasSize(MiniLmTokenizer.MAX_WORDPIECES);
            assertThat(truncated[MiniLmTokenizer.MAX_WORDPIECES - 1]).isEqualTo(102);
        }
    }
}
