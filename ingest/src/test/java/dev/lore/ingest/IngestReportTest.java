package dev.lore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestReportTest {

    @Test
    void serializesToTheCliReportContract() throws Exception {
        var report = new IngestReport(new IngestReport.Documents(3, 1, 7, 2, 1, 1), 42,
                List.of(new IngestReport.Problem("hr", "salaries.pdf", "encrypted (password-protected) document")),
                List.of(new IngestReport.Problem("hr", "logo.png", "unsupported content type image/png, skipped")));

        var json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));

        assertThat(json.get("documents").get("added").asLong()).isEqualTo(3);
        assertThat(json.get("documents").get("updated").asLong()).isEqualTo(1);
        assertThat(json.get("documents").get("unchanged").asLong()).isEqualTo(7);
        assertThat(json.get("documents").get("deleted").asLong()).isEqualTo(2);
        assertThat(json.get("documents").get("failed").asLong()).isEqualTo(1);
        assertThat(json.get("chunks").asLong()).isEqualTo(42);
        assertThat(json.get("errors").get(0).get("source").asText()).isEqualTo("hr");
        assertThat(json.get("errors").get(0).get("path").asText()).isEqualTo("salaries.pdf");
        assertThat(json.get("errors").get(0).get("message").asText()).isEqualTo("encrypted (password-protected) document");
        assertThat(json.get("skipped").get(0).get("path").asText()).isEqualTo("logo.png");
    }

    @Test
    void succeedsOnlyWithoutErrorsAndReportsAddUp() {
        var clean = new IngestReport(new IngestReport.Documents(1, 0, 0, 0, 0, 1), 2, List.of(),
                List.of(new IngestReport.Problem("a", "x.bin", "skipped")));
        var failed = new IngestReport(new IngestReport.Documents(0, 0, 0, 0, 1, 0), 0,
                List.of(new IngestReport.Problem("b", "y.pdf", "corrupt")), List.of());

        assertThat(clean.succeeded()).isTrue();
        assertThat(failed.succeeded()).isFalse();
        var sum = clean.plus(failed);
        assertThat(sum.documents()).isEqualTo(new IngestReport.Documents(1, 0, 0, 0, 1, 1));
        assertThat(sum.chunks()).isEqualTo(2);
        assertThat(sum.errors()).hasSize(1);
        assertThat(sum.succeeded()).isFalse();
    }
}
