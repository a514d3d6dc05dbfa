package dev.lore.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.source.FolderSource;
import dev.lore.web.Components;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code lore ask}, {@code lore eval answers} and {@code lore model verify} as a user would. */
class AssistantCommandsIT {

    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void ingest() throws Exception {
        var docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("vpn.md"), """
                # VPN

                The VPN gateway listens on UDP port 51820.
                Call the IT service desk on extension 4455 when the VPN drops.
                """);
        var secret = Files.createDirectories(dir.resolve("secret"));
        Files.writeString(secret.resolve("salaries.md"), """
                # Salary bands

                The salary band for a senior engineer is 78,000 to 96,000 EUR per year.
                """);
        index = dir.resolve("index");
        var embeddings = Components.embeddingModel();
        try (var knowledge = Components.openIndex(index, embeddings);
             var ingestion = new Ingestion(knowledge, embeddings)) {
            ingestion.sync(new FolderSource("handbook", Set.of("everyone"), docs, List.of(), List.of()));
            ingestion.sync(new FolderSource("hr", Set.of("hr"), secret, List.of(), List.of()));
        }
    }

    static String[] run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = LoreCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void askPrintsTheJsonContract() throws Exception {
        var r = run("ask", "Which port does the VPN gateway listen on?", "--index", index.toString(), "--json");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        var json = new ObjectMapper().readTree(r[1]);
        assertThat(json.get("answer").asText()).contains("51820").contains("[1]");
        assertThat(json.get("abstained").asBoolean()).isFalse();
        assertThat(json.get("mode").asText()).isEqualTo("extractive");
        assertThat(json.get("model").asText()).isEqualTo("extractive");
        assertThat(json.get("timings").has("totalMs")).isTrue();
        var citation = json.get("citations").get(0);
        for (var field : List.of("n", "docId", "chunkId", "title", "source", "quote")) {
            assertThat(citation.has(field)).as(field).isTrue();
        }
        assertThat(citation.get("docId").asText()).isEqualTo("handbook:vpn.md");
    }

    @Test
    void askStreamsTheAnswerThenNumberedSources() {
        var r = run("ask", "Which extension do I call when the VPN drops?", "--index", index.toString());

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("4455").contains("Sources:").contains("[1] ").contains("handbook:vpn.md");
    }

    @Test
    void followUpInAConversationContinuesAcrossCommands() throws Exception {
        var first = run("ask", "How do I connect to the VPN?", "--index", index.toString(), "--conversation", "cli-1", "--json");
        var followUp = run("ask", "Which extension do I call when it drops?", "--index", index.toString(),
                "--conversation", "cli-1", "--json");

        assertThat(first[0]).as(first[2]).isEqualTo("0");
        var json = new ObjectMapper().readTree(followUp[1]);
        assertThat(json.get("answer").asText()).contains("4455");
        assertThat(json.get("conversationId").asText()).isEqualTo("cli-1");
        assertThat(Files.list(index.resolveSibling("conversations"))).hasSize(1);
    }

    @Test
    void askAbstainsForAnOutsiderAndAnswersTheGroup() throws Exception {
        var outsider = run("ask", "What is the salary band for a senior engineer?", "--index", index.toString(), "--json");
        var insider = run("ask", "What is the salary band for a senior engineer?", "--index", index.toString(),
                "--groups", "hr", "--json");

        var o = new ObjectMapper().readTree(outsider[1]);
        assertThat(o.get("abstained").asBoolean()).isTrue();
        assertThat(outsider[1]).doesNotContain("78,000").doesNotContain("hr:salaries.md");
        var i = new ObjectMapper().readTree(insider[1]);
        assertThat(i.get("abstained").asBoolean()).isFalse();
        assertThat(i.get("citations").get(0).get("docId").asText()).isEqualTo("hr:salaries.md");
    }

    @Test
    void evalAnswersReportsTheMetrics() throws Exception {
        var qa = dir.resolve("qa.jsonl");
        Files.writeString(qa, """
                {"question": "Which port does the VPN gateway listen on?", "answers": ["51820"], "docIds": ["handbook:vpn.md"], "groups": ["everyone"], "unanswerable": false}
                {"question": "What is the salary band for a senior engineer?", "answers": [], "docIds": [], "groups": ["everyone"], "unanswerable": true}
                {"question": "What is the salary band for a senior engineer?", "answers": ["78,000 to 96,000 EUR"], "docIds": ["hr:salaries.md"], "groups": ["hr"], "unanswerable": false}
                """);
        var report = dir.resolve("report.json");
        var r = new String[0];
        r = runEval(qa, report);

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("answer recall          1.000").contains("abstention recall      1.000");
        var json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/report/citationPrecision").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/report/results")).hasSize(3);
    }

    private static String[] runEval(Path qa, Path report) {
        var eval = new picocli.CommandLine(new EvalAnswersCommand());
        var out = new StringWriter();
        var err = new StringWriter();
        eval.setOut(new PrintWriter(out, true));
        eval.setErr(new PrintWriter(err, true));
        int code = eval.execute(qa.toString(), "--index", index.toString(), "--json", report.toString());
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void modelVerifyChecksTheChecksumAndLoadsTheModel() throws Exception {
        var gguf = syntheticModel();
        var sha = dev.lore.assistant.model.ModelVerifier.sha256(gguf);

        var good = run("model", "verify", gguf.toString(), "--sha256", sha);
        var bad = run("model", "verify", gguf.toString(), "--sha256", "00" + sha.substring(2));

        assertThat(good[0]).as(good[1] + good[2]).isEqualTo("0");
        assertThat(good[1]).contains("(matches)").contains("load      ok").contains("OK");
        assertThat(bad[0]).isEqualTo("1");
        assertThat(bad[1]).contains("MISMATCH").contains("NOT OK");
    }

    static Path syntheticModel() {
        var name = Path.of("models", "tiny-synthetic-smollm2-tokenizer-q8_0.gguf");
        var configured = Path.of(System.getProperty("lore.shared.dir", "../shared")).resolve(name);
        if (Files.isRegularFile(configured)) {
            return configured;
        }
        for (var d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("shared").resolve(name))) {
                return d.resolve("shared").resolve(name);
            }
        }
        assumeTrue(false, "skipped: synthetic GGUF not found at " + configured.toAbsolutePath());
        return configured;
    }
}
