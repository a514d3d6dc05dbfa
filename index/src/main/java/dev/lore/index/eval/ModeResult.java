package dev.lore.index.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;

/** Mean metrics of one search mode over the judged queries of a split. */
@JsonPropertyOrder({"mode", "ndcg@10", "recall@100", "mrr@10", "queries"})
public record ModeResult(@JsonProperty("mode") String mode,
                         @JsonProperty("ndcg@10") double ndcg10,
                         @JsonProperty("recall@100") double recall100,
                         @JsonProperty("mrr@10") double mrr10,
                         @JsonProperty("queries") int queries) {

    /** One line for a terminal: {@code hybrid  nDCG@10 0.7012  Recall@100 0.9500  MRR@10 0.6700  (809 queries)}. */
    public String line() {
        return String.format(Locale.ROOT, "%-7s nDCG@10 %.4f  Recall@100 %.4f  MRR@10 %.4f  (%d queries)",
                mode, ndcg10, recall100, mrr10, queries);
    }
}
