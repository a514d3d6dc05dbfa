package dev.lore.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lore.assistant.eval.AnswerEvaluation;
import dev.lore.assistant.eval.QaItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lore eval answers}: runs a QA set through the assistant and reports answer and citation quality. */
@Command(name = "answers", mixinStandardHelpOptions = true,
        description = {"Asks every question of a JSON-lines QA file ({\"question\", \"answers\", \"docIds\", \"groups\", "
                + "\"unanswerable\"}) with its groups and reports answer recall, citation precision, supported-claim rate,"
                + " abstention precision and recall on unanswerable questions, false abstentions, and per-question results."},
        footer = {"", "Example: lore eval answers sample/qa.jsonl --json target/eval-answers.json"})
final class EvalAnswersCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QA_FILE", description = "JSON lines, one question per line.")
    Path qaFile;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: lore.index.dir or ./data/index).")
    Path index;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report with per-question results as JSON.")
    Path json;

    @Option(names = "--model", paramLabel = "GGUF", description = "Answer with this GGUF model instead of the configured one.")
    Path model;

    @Override
    public Integer call() throws Exception {
        var items = QaItem.read(qaFile);
        var out = spec.commandLine().getOut();
        try (var cli = CliAssistant.open(index, model)) {
            var report = AnswerEvaluation.run(cli.assistant(), items);
            for (var r : report.results()) {
                if (!r.correct()) {
                    out.printf("MISS %s %s%n     -> %s%n", r.unanswerable() ? "[unanswerable]" : "[answerable]  ",
                            r.question(), r.answer().replace('\n', ' '));
                }
            }
            out.printf("%nmode %s, model %s: %d questions (%d answerable, %d unanswerable)%n", cli.assistant().mode(),
                    cli.assistant().modelName(), report.questions(), report.answerable(), report.unanswerable());
            out.printf("answer recall          %.3f%n", report.answerRecall());
            out.printf("citation precision     %.3f%n", report.citationPrecision());
            out.printf("supported-claim rate   %.3f%n", report.supportedClaimRate());
            out.printf("abstention precision   %.3f%n", report.abstentionPrecision());
            out.printf("abstention recall      %.3f%n", report.abstentionRecall());
            out.printf("false abstention rate  %.3f%n", report.falseAbstentionRate());
            out.printf("p50 answer time        %d ms%n", report.p50Ms());
            if (json != null) {
                if (json.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(json.toAbsolutePath().getParent());
                }
                var body = new java.util.LinkedHashMap<String, Object>();
                body.put("mode", cli.assistant().mode());
                body.put("model", cli.assistant().modelName());
                body.put("report", report);
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), body);
                out.println("wrote " + json);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
