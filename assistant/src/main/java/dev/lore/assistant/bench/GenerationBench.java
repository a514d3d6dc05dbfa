package dev.lore.assistant.bench;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Assistant;
import dev.lore.assistant.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * Times answers end to end and splits the time between the model and the pipeline around it: time to first token,
 * tokens per second, and the pipeline's own overhead (condensing, retrieval, evidence, packing, verification: everything
 * except the model call) as a fraction of the model's generation time for the same answers.
 */
public final class GenerationBench {

    /**
     * The measurements.
     *
     * @param answers answers that reached the model (questions abstained before generation are not counted)
     * @param firstTokenP50Ms median time from sending the prompt to the first streamed token
     * @param tokensPerSecond output tokens per second of generation (prompt evaluation included)
     * @param decodeTokensPerSecond output tokens per second after the first token
     * @param generationMs total model time
     * @param overheadMs total pipeline time outside the model
     * @param overheadRatio overheadMs / generationMs (the target is below 0.10)
     */
    public record Result(String model, int answers, int skipped, long firstTokenP50Ms, double tokensPerSecond,
                         double decodeTokensPerSecond, long generationMs, long overheadMs, double overheadRatio,
                         long outputTokens, List<Long> overheadPerAnswerMs, Map<String, Double> meanStageMs) {
    }

    private GenerationBench() {
    }

    /** Asks each question once after {@code warmup} untimed questions, with the given groups. */
    public static Result run(Assistant assistant, List<String> questions, Set<String> groups, int warmup) {
        for (int i = 0; i < Math.min(warmup, questions.size()); i++) {
            assistant.ask(new Question(questions.get(i), groups, null), t -> { });
        }
        var answers = new ArrayList<Answer>();
        int skipped = 0;
        String model = "";
        for (var q : questions) {
            var a = assistant.ask(new Question(q, groups, null), t -> { });
            model = a.model();
            if (a.timings().containsKey("generateMs")) {
                answers.add(a);
            } else {
                skipped++;
            }
        }
        long generation = 0;
        long overhead = 0;
        long tokens = 0;
        long decodeMs = 0;
        var firstTokens = new long[answers.size()];
        var perAnswer = new ArrayList<Long>();
        for (int i = 0; i < answers.size(); i++) {
            var t = answers.get(i).timings();
            long gen = t.get("generateMs");
            long first = t.getOrDefault("firstTokenMs", gen);
            long own = t.get("totalMs") - gen;
            generation += gen;
            overhead += own;
            perAnswer.add(own);
            tokens += t.getOrDefault("outputTokens", 0L);
            decodeMs += gen - first;
            firstTokens[i] = first;
        }
        Arrays.sort(firstTokens);
        var stages = new TreeMap<String, Double>();
        for (var a : answers) {
            a.timings().forEach((k, v) -> {
                if (k.endsWith("Ms")) {
                    stages.merge(k, (double) v / answers.size(), Double::sum);
                }
            });
        }
        return new Result(model, answers.size(), skipped, firstTokens.length == 0 ? 0 : firstTokens[firstTokens.length / 2],
                generation == 0 ? 0 : tokens * 1000.0 / generation,
                decodeMs == 0 ? 0 : Math.max(0, tokens - answers.size()) * 1000.0 / decodeMs, generation, overhead,
                generation == 0 ? 0 : (double) overhead / generation, tokens, perAnswer, stages);
    }
}
