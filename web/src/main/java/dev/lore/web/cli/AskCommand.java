package dev.lore.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lore.assistant.Answer;
import dev.lore.assistant.Citation;
import dev.lore.assistant.Question;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lore ask}: answers one question from the index with verified citations, or says it does not know. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers a question from the documents the given groups may read, citing passages [n].",
                "Without a configured model (lore.model.*) the answer is extractive: quoted sentences with citations."},
        footer = {"", "Example: lore ask \"How do I connect to the VPN?\" --groups hr --json"})
final class AskCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question.")
    String question;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: lore.index.dir or ./data/index).")
    Path index;

    @Option(names = "--groups", split = ",", paramLabel = "g1,g2", description = "Groups of the caller; everyone is implied.")
    Set<String> groups = Set.of();

    @Option(names = "--conversation", paramLabel = "ID", description = "Conversation id for follow-up questions.")
    String conversation;

    @Option(names = "--json", description = "Print the answer as JSON instead of streaming it.")
    boolean json;

    @Option(names = "--model", paramLabel = "GGUF", description = "Answer with this GGUF model (sets lore.model.provider=llama and lore.model.path).")
    Path model;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (var cli = CliAssistant.open(index, model)) {
            var q = new Question(question, groups, conversation);
            if (json) {
                var answer = cli.assistant().ask(q, token -> { });
                out.println(toJson(answer));
            } else {
                var streamed = new StringBuilder();
                var answer = cli.assistant().ask(q, token -> {
                    streamed.append(token);
                    out.print(token);
                    out.flush();
                });
                printSources(out, answer, streamed.toString());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** The JSON contract of {@code lore ask --json} (also what {@code POST /api/v1/ask} returns). */
    static String toJson(Answer answer) throws Exception {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(answer));
    }

    static Map<String, Object> json(Answer answer) {
        var m = new LinkedHashMap<String, Object>();
        m.put("answer", answer.answer());
        m.put("abstained", answer.abstained());
        m.put("citations", citations(answer.citations()));
        m.put("model", answer.model());
        m.put("mode", answer.mode());
        m.put("timings", answer.timings());
        m.put("route", answer.route());
        m.put("flagged", answer.flagged());
        m.put("closest", citations(answer.closest()));
        m.put("conversationId", answer.conversationId());
        return m;
    }

    private static List<Map<String, Object>> citations(List<Citation> citations) {
        return citations.stream().map(c -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("n", c.n());
            m.put("docId", c.docId());
            m.put("chunkId", c.chunkId());
            m.put("title", c.title());
            m.put("source", c.source());
            m.put("quote", c.quote());
            m.put("uri", c.uri());
            return (Map<String, Object>) m;
        }).toList();
    }

    private static void printSources(PrintWriter out, Answer answer, String streamed) {
        out.println();
        if (!answer.answer().equals(streamed.strip()) && !answer.abstained()) {
            out.println();
            out.println("Verified answer (unsupported citations removed):");
            out.println(answer.answer());
        } else if (answer.abstained() && !streamed.strip().equals(answer.answer())) {
            out.println();
            out.println(answer.answer());
        }
        if (!answer.flagged().isEmpty()) {
            out.println();
            out.println("Not supported by the sources:");
            answer.flagged().forEach(f -> out.println("  - " + f));
        }
        var sources = answer.abstained() ? answer.closest() : answer.citations();
        if (!sources.isEmpty()) {
            out.println();
            out.println(answer.abstained() ? "Closest sources:" : "Sources:");
            for (var c : sources) {
                out.println("[" + c.n() + "] " + c.title() + " (" + c.docId() + ")");
                out.println("    \"" + c.quote() + "\"");
            }
        }
        out.println();
        out.println("(" + answer.mode() + ", model " + answer.model() + ", " + answer.timings().getOrDefault("totalMs", 0L) + " ms)");
    }
}
