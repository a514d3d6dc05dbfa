package dev.lore.assistant.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.AssistantConfig;
import dev.lore.assistant.SampleCorpus;
import dev.lore.assistant.TestCorpus;
import dev.lore.assistant.passage.Units;
import dev.lore.assistant.support.SupportScorer;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibrates the citation support threshold on sample/qa.jsonl. A model's typical claim restates the question with the
 * answer ("How many days ... ? 28 working days"): scored against the passage that holds the answer it must pass, and
 * scored against the passages of other retrieved documents (a plausible but wrong citation) it must fail.
 */
class SupportThresholdCalibrationIT {

    @TempDir
    Path dir;

    @Test
    void thresholdSeparatesRightFromWrongCitations() {
        var items = QaItem.read(SampleCorpus.folder().resolve("qa.jsonl"));
        var scorer = new SupportScorer(TestCorpus.EMBEDDINGS);
        var positives = new ArrayList<Double>();
        var negatives = new ArrayList<Double>();
        try (var index = SampleCorpus.index(dir)) {
            for (var item : items) {
                if (item.unanswerable()) {
                    continue;
                }
                var groups = new HashSet<>(item.groups());
                groups.add("everyone");
                var claim = item.question().replaceAll("\\?$", "") + ": " + item.answers().getFirst() + ".";
                for (var hit : index.search(new SearchRequest(item.question(), SearchMode.HYBRID, 5, groups))) {
                    var units = Units.split(hit.text());
                    double best = Collections.max(scorer.support(claim, units, hit.title() + " " + String.join(" ", hit.headingPath())));
                    boolean holdsAnswer = item.docIds().contains(hit.docId()) && item.answers().stream()
                            .anyMatch(a -> AnswerEvaluation.normalize(hit.text()).contains(AnswerEvaluation.normalize(a)));
                    if (holdsAnswer) {
                        positives.add(best);
                    } else if (!item.docIds().contains(hit.docId())) {
                        negatives.add(best);
                    }
                }
            }
        }
        Collections.sort(positives);
        Collections.sort(negatives);
        double threshold = AssistantConfig.DEFAULT_SUPPORT_THRESHOLD;
        long falseRejects = positives.stream().filter(s -> s < threshold).count();
        long falseAccepts = negatives.stream().filter(s -> s >= threshold).count();
        System.out.printf("support calibration: %d right citations (p10 %.3f, min %.3f), %d wrong citations (p90 %.3f, max %.3f);"
                        + " threshold %.2f rejects %d right and accepts %d wrong%n", positives.size(),
                quantile(positives, 0.1), positives.getFirst(), negatives.size(), quantile(negatives, 0.9),
                negatives.getLast(), threshold, falseRejects, falseAccepts);

        assertThat((double) falseAccepts / negatives.size()).as("wrong citations accepted").isLessThanOrEqualTo(0.02);
        assertThat((double) falseRejects / positives.size()).as("right citations rejected").isLessThanOrEqualTo(0.1);
    }

    private static double quantile(List<Double> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

}
