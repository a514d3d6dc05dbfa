package dev.lore.assistant.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.SyntheticModel;
import dev.lore.assistant.passage.ContextPacker;
import dev.lore.assistant.passage.Units;
import dev.lore.index.Hit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packing counted with the GGUF's own tokenizer: the rendered passages never exceed the budget in model tokens. */
class LlamaPackingTest {

    @Test
    void packedPassagesFitTheBudgetInModelTokensAndKeepRowsWhole() {
        var s = SyntheticModel.settings();
        try (var model = new LlamaChatModel(s.path(), s.name(), 1024, 1, 0, 32)) {
            var table = String.join("\n",
                    "Plan: Gold; Price: 30 EUR; Support: 24/7, phone and chat",
                    "Plan: Silver; Price: 20 EUR; Support: office hours, e-mail only",
                    "Plan: Bronze; Price: 10 EUR; Support: community forum");
            var hits = List.of(
                    new Hit("d:plans", "d:plans#0", 0, "Plans", List.of("Prices"), "s", "plans", "Our plans. " + table, 1, 1, 1),
                    new Hit("d:vpn", "d:vpn#0", 0, "VPN", List.of(), "s", "vpn",
                            "The VPN gateway listens on UDP port 51820. Install the client first. Then import the profile.", 1, 2, 2));
            for (int budget = 4; budget <= 160; budget += 3) {
                var passages = new ContextPacker(model, 6).pack(hits, budget);
                int used = 0;
                for (var p : passages) {
                    used += model.estimateTokenCountInText(ContextPacker.render(p).lines().findFirst().orElseThrow());
                    for (var unit : p.units()) {
                        used += model.estimateTokenCountInText(unit) + 1;
                        if (unit.startsWith("Plan:")) {
                            assertThat(table.lines().toList()).as("row kept whole at budget %d", budget).contains(unit);
                            assertThat(Units.isTableRow(unit)).isTrue();
                        }
                    }
                }
                assertThat(used).as("budget %d", budget).isLessThanOrEqualTo(budget);
            }
        }
    }
}
