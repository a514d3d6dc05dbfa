package dev.lore.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.web.cli.LoreCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the command line as a user would: ingest a folder, then search it as JSON. */
class CliIT {

    record Run(int exitCode, String out, String err) {
    }

    static Run lore(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = LoreCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ingestThenSearchJson(@TempDir Path temp) throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("coffee.md"), "# Coffee machine\n\nDescale the coffee machine every Friday "
                + "with the blue tablets from the kitchen drawer.\n");
        Files.writeString(docs.resolve("printer.md"), "# Printer\n\nThe printer on floor three needs a badge to release jobs.\n");
        Files.write(docs.resolve("broken.pdf"), "%PDF-1.7 this is not really a pdf".getBytes());
        Path index = temp.resolve("index");
        Path report = temp.resolve("report.json");

        Run ingest = lore("ingest", docs.toString(), "--index", index.toString(), "--source", "office",
                "--report", report.toString());
        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("documents").path("added").asLong()).isEqualTo(2);
        assertThat(json.path("documents").path("failed").asLong()).isEqualTo(1);
        assertThat(json.path("chunks").asLong()).isPositive();
        assertThat(json.path("errors").get(0).path("path").asText()).isEqualTo("broken.pdf");

        Run search = lore("search", "how often to descale the coffee machine", "--index", index.toString(), "--json",
                "--k", "5");
        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonNode hits = new ObjectMapper().readTree(search.out());
        assertThat(hits.get(0).path("docId").asText()).isEqualTo("office:coffee.md");
        assertThat(hits.get(0).path("chunkId").asText()).isEqualTo("office:coffee.md#0");
        assertThat(hits.get(0).path("text").asText()).contains("every Friday");
        assertThat(hits.get(0).has("score")).isTrue();

        Run again = lore("ingest", docs.toString(), "--index", index.toString(), "--source", "office",
                "--report", report.toString());
        assertThat(new ObjectMapper().readTree(report.toFile()).path("documents").path("unchanged").asLong())
                .isEqualTo(2);
        assertThat(again.out()).contains("2 unchanged");

        System.setProperty("lore.sample.enabled", "false");
        try {
            Run reindex = lore("reindex", "--index", index.toString());
            assertThat(reindex.exitCode()).as(reindex.err()).isZero();
            assertThat(reindex.out()).contains("\"generation\" : 2").contains("\"office\"");
            Run status = lore("status", "--index", index.toString());
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.out()).contains("\"documents\" : 2").contains("\"generation\" : 2")
                    .contains("\"office\"");
            Run sync = lore("sync", "office", "--index", index.toString());
            assertThat(sync.exitCode()).as(sync.out() + sync.err()).isEqualTo(1);
            JsonNode synced = new ObjectMapper().readTree(sync.out());
            assertThat(synced.path("documents").path("unchanged").asLong()).isEqualTo(2);
            assertThat(synced.path("documents").path("failed").asLong()).isEqualTo(1);
        } finally {
            System.clearProperty("lore.sample.enabled");
        }
        Run after = lore("search", "descale the coffee machine", "--index", index.toString(), "--json");
        assertThat(after.out()).contains("office:coffee.md");
    }

    @Test
    void ingestTakesOnlyTheGlobbedFilesAndLaterSyncsKeepTheGlobs(@TempDir Path temp) throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs").resolve("guide"));
        Files.writeString(docs.resolve("kitchen.md"), "# Kitchen\n\nThe fridge is cleared on Fridays.\n");
        Files.writeString(docs.resolve("draft-parking.md"), "# Parking\n\nDraft: parking rules are not decided.\n");
        Files.writeString(temp.resolve("docs").resolve("readme.md"), "# Readme\n\nHow to edit these pages.\n");
        Path index = temp.resolve("index");

        Run ingest = lore("ingest", temp.resolve("docs").toString(), "--source", "office", "--index", index.toString(),
                "--include", "guide/**", "--exclude", "**/draft-*.md");
        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
        assertThat(ingest.out()).contains("1 added");

        System.setProperty("lore.sample.enabled", "false");
        try {
            Run sync = lore("sync", "office", "--index", index.toString());
            assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
            JsonNode synced = new ObjectMapper().readTree(sync.out());
            assertThat(synced.path("documents").path("unchanged").asLong()).isEqualTo(1);
            assertThat(synced.path("documents").path("added").asLong()).isZero();
        } finally {
            System.clearProperty("lore.sample.enabled");
        }
        Run search = lore("search", "parking rules readme", "--index", index.toString(), "--json");
        assertThat(search.out()).contains("office:guide/kitchen.md").doesNotContain("draft-parking").doesNotContain("readme");
    }

    @Test
    void configuredFileSizeLimitFailsLargerFilesNamingThem(@TempDir Path temp) throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("short.md"), "# Short\n\nThe door code is on the wiki.\n");
        Files.writeString(docs.resolve("long.md"), "# Long\n\n" + "The long page repeats itself. ".repeat(20));
        System.setProperty("lore.ingest.max-file-size", "200B");
        try {
            Run ingest = lore("ingest", docs.toString(), "--index", temp.resolve("index").toString());
            assertThat(ingest.exitCode()).isEqualTo(1);
            assertThat(ingest.out()).contains("1 added").contains("long.md").contains("oversized");
        } finally {
            System.clearProperty("lore.ingest.max-file-size");
        }
    }

    @Test
    void badModeIsAUsageError(@TempDir Path temp) {
        Run search = lore("search", "anything", "--index", temp.toString(), "--mode", "fuzzy");
        assertThat(search.exitCode()).isEqualTo(2);
        assertThat(search.err()).contains("fuzzy");
    }
}
