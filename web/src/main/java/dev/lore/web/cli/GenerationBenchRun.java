package dev.lore.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lore.assistant.bench.GenerationBench;
import dev.lore.assistant.eval.QaItem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * What {@code lore bench --generation} runs: the answerable questions of a QA file through the configured (or given)
 * generating model, reporting time to first token, tokens per second and the pipeline's own overhead.
 */
final class GenerationBenchRun {

    static final Path DEFAULT_QUESTIONS = Path.of("sample", "qa.jsonl");

    private GenerationBenchRun() {
    }

    static int run(Path index, Path gguf, Path questionsFile, int limit, Path json, PrintWriter out) throws Exception {
        var file = questionsFile != null ? questionsFile : DEFAULT_QUESTIONS;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no questions at " + file.toAbsolutePath() + ": give a QA file with --questions");
        }
        var questions = QaItem.read(file).stream().filter(q -> !q.unanswerable() && q.groups().equals(Set.of("everyone")))
                .map(QaItem::question).limit(limit).toList();
        try (var cli = CliAssistant.open(index, gguf)) {
            if (cli.assistant().mode().equals("extractive")) {
                throw new IllegalArgumentException("no generating model configured: pass --gguf FILE or set lore.model.*");
            }
            var result = GenerationBench.run(cli.assistant(), questions, Set.of(), Math.min(2, questions.size()));
            out.printf("generation bench: model %s, %d answers timed (%d abstained before generation)%n", result.model(),
                    result.answers(), result.skipped());
            out.printf("time to first token p50   %d ms%n", result.firstTokenP50Ms());
            out.printf("tokens per second         %.1f (%.1f after the first token)%n", result.tokensPerSecond(),
                    result.decodeTokensPerSecond());
            out.printf("model time                %d ms for %d tokens%n", result.generationMs(), result.outputTokens());
            out.printf("pipeline overhead         %d ms = %.1f%% of generation time (target < 10%%)%n",
                    result.overheadMs(), 100 * result.overheadRatio());
            out.print("mean per answer (ms)     ");
            result.meanStageMs().forEach((k, v) -> out.printf(" %s %.0f", k.replace("Ms", ""), v));
            out.println();
            if (json != null) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(),
                        java.util.Map.of("generation", result));
                out.println("wrote " + json);
            }
            out.flush();
            return result.answers() > 0 && result.overheadRatio() < 0.10 ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

}
