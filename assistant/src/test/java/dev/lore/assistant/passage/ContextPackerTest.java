package dev.lore.assistant.passage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.model.CharacterTokenEstimator;
import dev.lore.index.Hit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextPackerTest {

    static final CharacterTokenEstimator TOKENS = new CharacterTokenEstimator();

    static Hit hit(String docId, int ordinal, String text) {
        return new Hit(docId, docId + "#" + ordinal, ordinal, "T " + docId, List.of("H"), "src", docId, text, 0.1, 1, 1);
    }

    static final String TABLE = """
            Plans and prices.
            Plan: Gold; Price: 30 EUR; Support: 24/7. Phone and chat
            Plan: Silver; Price: 20 EUR; Support: office hours. E-mail only
            Plan: Bronze; Price: 10 EUR; Support: none""";

    @Test
    void neverSplitsATableRowAndRespectsTheBudget() {
        var hits = List.of(hit("d:a", 0, TABLE), hit("d:b", 0, "Another document. It has two sentences."));
        for (int budget = 5; budget < 120; budget++) {
            var passages = new ContextPacker(TOKENS, 6).pack(hits, budget);
            int used = passages.stream().mapToInt(p -> cost(p)).sum();
            assertThat(used).as("budget %d", budget).isLessThanOrEqualTo(budget);
            for (var p : passages) {
                for (var unit : p.units()) {
                    assertThat(TABLE.lines().map(String::strip).toList().contains(unit) || !unit.startsWith("Plan:"))
                            .as("unit '%s' is a whole row", unit).isTrue();
                }
            }
        }
        var all = new ContextPacker(TOKENS, 6).pack(hits, 10_000);
        assertThat(all.getFirst().units()).contains("Plan: Gold; Price: 30 EUR; Support: 24/7. Phone and chat");
    }

    @Test
    void keepsWholeSentencesOnly() {
        var text = "First sentence is here. Second one, e.g. with an abbreviation, follows. Third ends it.";
        var units = Units.split(text);
        assertThat(units).containsExactly("First sentence is here.", "Second one, e.g. with an abbreviation, follows.",
                "Third ends it.");
        var passages = new ContextPacker(TOKENS, 6).pack(List.of(hit("d:a", 0, text)), 25);
        assertThat(passages.getFirst().units()).allSatisfy(u -> assertThat(units).contains(u));
    }

    @Test
    void mergesNeighbouringChunksOfOneDocumentAndDropsTheirOverlap() {
        var hits = List.of(hit("d:a", 3, "Gamma sentence. Delta sentence."), hit("d:b", 0, "Other doc."),
                hit("d:a", 2, "Alpha sentence. Gamma sentence."), hit("d:a", 7, "Far away chunk."));
        var passages = new ContextPacker(TOKENS, 6).pack(hits, 10_000);

        assertThat(passages).extracting(Passage::n).containsExactly(1, 2, 3);
        assertThat(passages.get(0).chunkIds()).containsExactly("d:a#2", "d:a#3");
        assertThat(passages.get(0).units()).containsExactly("Alpha sentence.", "Gamma sentence.", "Delta sentence.");
        assertThat(passages.get(0).chunkOf(2)).isEqualTo("d:a#3");
        assertThat(passages.get(1).docId()).isEqualTo("d:b");
        assertThat(passages.get(2).chunkIds()).containsExactly("d:a#7");
    }

    private static int cost(Passage p) {
        int cost = TOKENS.estimateTokenCountInText(ContextPacker.render(p).lines().findFirst().orElseThrow());
        for (var unit : p.units()) {
            cost += TOKENS.estimateTokenCountInText(unit) + 1;
        }
        return cost;
    }
}
