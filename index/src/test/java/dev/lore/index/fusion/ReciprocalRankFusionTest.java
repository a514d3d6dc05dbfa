package dev.lore.index.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lore.index.fusion.ReciprocalRankFusion.Fused;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    private final ReciprocalRankFusion rrf = new ReciprocalRankFusion(60);

    @Test
    void fusedScoresMatchHandComputedValues() {
        // bm25: a b c, vector: c a d
        var fused = rrf.fuse(List.of("a", "b", "c"), List.of("c", "a", "d"));

        // a: 1/61 + 1/62 = 0.032522; c: 1/63 + 1/61 = 0.032266; b: 1/62 = 0.016129; d: 1/63 = 0.015873
        assertThat(fused).extracting(Fused::id).containsExactly("a", "c", "b", "d");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 61 + 1.0 / 62, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(1.0 / 62, within(1e-12));
        assertThat(fused.get(3).score()).isCloseTo(1.0 / 63, within(1e-12));
        assertThat(fused.get(0)).extracting(Fused::bm25Rank, Fused::vectorRank).containsExactly(1, 2);
        assertThat(fused.get(2)).extracting(Fused::bm25Rank, Fused::vectorRank).containsExactly(2, 0);
        assertThat(fused.get(3)).extracting(Fused::bm25Rank, Fused::vectorRank).containsExactly(0, 3);
    }

    @Test
    void smallerConstantRewardsTopRanksMore() {
        var fused = new ReciprocalRankFusion(1).fuse(List.of("x", "y"), List.of("z", "y"));

        // x: 1/2, z: 1/2, y: 1/3 + 1/3 = 2/3 -> y first; x and z tie and break by id
        assertThat(fused).extracting(Fused::id).containsExactly("y", "x", "z");
        assertThat(fused.get(0).score()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void tiesBreakByIdWhateverTheInputOrder() {
        var forward = rrf.fuse(List.of("doc#2", "doc#1"), List.of("doc#1", "doc#2"));
        var backward = rrf.fuse(List.of("doc#1", "doc#2"), List.of("doc#2", "doc#1"));

        assertThat(forward).extracting(Fused::id).containsExactly("doc#1", "doc#2");
        assertThat(backward).extracting(Fused::id).containsExactly("doc#1", "doc#2");
        assertThat(forward.get(0).score()).isEqualTo(forward.get(1).score());
    }

    @Test
    void emptyRankingsFuseToTheOther() {
        assertThat(rrf.fuse(List.of(), List.of("v1", "v2"))).extracting(Fused::id, Fused::bm25Rank, Fused::vectorRank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("v1", 0, 1),
                        org.assertj.core.groups.Tuple.tuple("v2", 0, 2));
        assertThat(rrf.fuse(List.of(), List.of())).isEmpty();
    }

    @Test
    void inputsAreNotModified() {
        var bm25 = new ArrayList<>(List.of("b", "a"));
        var vector = new ArrayList<>(List.of("a", "b"));

        rrf.fuse(bm25, vector);

        assertThat(bm25).containsExactly("b", "a");
        assertThat(vector).containsExactly("a", "b");
    }

    @Test
    void constantMustBePositive() {
        assertThatThrownBy(() -> new ReciprocalRankFusion(0)).hasMessageContaining("rrf k");
    }
}
