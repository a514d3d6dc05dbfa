package dev.lore.index.fusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): {@code score(d) = sum 1 / (k + rank(d))} over the
 * rankings that contain {@code d}; ties break by id so runs are reproducible.
 */
public final class ReciprocalRankFusion {

    /** The constant of the original paper, also Elasticsearch's and OpenSearch's default (Lore's index measures its own). */
    public static final int DEFAULT_K = 60;

    private final int k;

    public ReciprocalRankFusion(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("rrf k must be >= 1, was " + k);
        }
        this.k = k;
    }

    /** One fused entry: its id, fused score, and its 1-based rank in each input ranking (0 when absent). */
    public record Fused(String id, double score, int bm25Rank, int vectorRank) {
    }

    /**
     * Fuses two rankings of ids, best first; returns a new list ordered by fused score descending, then id ascending.
     * An id that occurs twice in one ranking counts at its best rank.
     */
    public List<Fused> fuse(List<String> bm25, List<String> vector) {
        var ranks = new HashMap<String, int[]>(2 * (bm25.size() + vector.size()));
        collect(bm25, 0, ranks);
        collect(vector, 1, ranks);
        var fused = new ArrayList<Fused>(ranks.size());
        for (var entry : ranks.entrySet()) {
            int[] r = entry.getValue();
            fused.add(new Fused(entry.getKey(), contribution(r[0]) + contribution(r[1]), r[0], r[1]));
        }
        fused.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
        return fused;
    }

    private static void collect(List<String> ranking, int slot, HashMap<String, int[]> ranks) {
        for (int i = 0; i < ranking.size(); i++) {
            int[] r = ranks.computeIfAbsent(ranking.get(i), id -> new int[2]);
            if (r[slot] == 0) {
                r[slot] = i + 1;
            }
        }
    }

    private double contribution(int rank) {
        return rank == 0 ? 0.0 : 1.0 / (k + rank);
    }
}
