package dev.lore.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.web.cli.ExitCodes;
import dev.lore.web.cli.LoreCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admin commands against a running server ({@code --server}, credentials from LORE_USER and LORE_PASSWORD): an
 * ADMIN user's status, sync and reindex run on the server; anyone else is refused with a message saying why.
 */
class CliServerIT extends LoreServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, String out, String err) {
    }

    Run lore(Map<String, String> environment, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = LoreCommand.commandLine(environment).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    String server() {
        return "http://127.0.0.1:" + port;
    }

    static Map<String, String> as(String user) {
        return Map.of("LORE_USER", user, "LORE_PASSWORD", user + "-pw");
    }

    @Test
    void statusFromTheServerForAnAdmin() throws Exception {
        Run status = lore(as("admin"), "status", "--server", server());

        assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.OK);
        JsonNode json = JSON.readTree(status.out());
        assertThat(json.path("documents").asLong()).isPositive();
        assertThat(json.path("sources").toString()).contains("handbook").contains("hr").contains("finance");
    }

    @Test
    void nonAdminsAndMissingCredentialsAreRefusedSayingWhy() {
        Run employee = lore(as("alice"), "status", "--server", server());
        assertThat(employee.exitCode()).isEqualTo(ExitCodes.DENIED);
        assertThat(employee.err()).contains("ADMIN");

        Run wrongPassword = lore(Map.of("LORE_USER", "admin", "LORE_PASSWORD", "guess"), "reindex", "--server", server());
        assertThat(wrongPassword.exitCode()).isEqualTo(ExitCodes.DENIED);
        assertThat(wrongPassword.err()).contains("LORE_USER/LORE_PASSWORD");

        Run anonymous = lore(Map.of(), "sync", "handbook", "--server", server());
        assertThat(anonymous.exitCode()).isEqualTo(ExitCodes.DENIED);
        assertThat(anonymous.err()).contains("LORE_USER").contains("LORE_PASSWORD");
    }

    @Test
    void syncAndReindexRunOnTheServerAndWaitForTheirJobs() throws Exception {
        long generation = JSON.readTree(lore(as("admin"), "status", "--server", server()).out()).path("generation").asLong();

        Run sync = lore(as("admin"), "sync", "handbook", "--server", server());
        assertThat(sync.exitCode()).as(sync.out() + sync.err()).isEqualTo(ExitCodes.OK);
        assertThat(sync.out()).contains("queued on the server").contains("SUCCEEDED");

        Run reindex = lore(as("admin"), "reindex", "--server", server());
        assertThat(reindex.exitCode()).as(reindex.out() + reindex.err()).isEqualTo(ExitCodes.OK);
        assertThat(reindex.out()).contains("SUCCEEDED");
        long after = JSON.readTree(lore(as("admin"), "status", "--server", server()).out()).path("generation").asLong();
        assertThat(after).isGreaterThan(generation);
    }

    @Test
    void unreachableServerIsReportedNamingTheAddress() {
        Run status = lore(as("admin"), "status", "--server", "http://127.0.0.1:9");

        assertThat(status.exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(status.err()).contains("127.0.0.1:9");
    }
}
