package dev.lore.assistant.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.assistant.AssistantException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A QA file's bad line is reported with the file, the line number and what is wrong with it. */
class QaItemTest {

    private static final String GOOD = "{\"question\": \"How do I connect?\", \"answers\": [\"VPN\"], \"docIds\": [],"
            + " \"groups\": [\"everyone\"], \"unanswerable\": false}";

    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        return Files.write(dir.resolve("qa.jsonl"), String.join("\n", lines).getBytes());
    }

    @Test
    void goodLinesAreRead() throws Exception {
        assertThat(QaItem.read(file(GOOD, "", GOOD))).hasSize(2).allSatisfy(item ->
                assertThat(item.answers()).containsExactly("VPN"));
    }

    @Test
    void fieldOfTheWrongTypeIsNamedWithItsLine() throws Exception {
        var qa = file(GOOD, "{\"question\": \"Q?\", \"answers\": \"x\", \"unanswerable\": false}");

        assertThatThrownBy(() -> QaItem.read(qa)).isInstanceOf(AssistantException.class)
                .hasMessageContaining("qa.jsonl line 2").hasMessageContaining("field 'answers'");
    }

    @Test
    void lineThatIsNotJsonOrBreaksARuleSaysSo() throws Exception {
        assertThatThrownBy(() -> QaItem.read(file(GOOD, "not json"))).hasMessageContaining("line 2: not JSON");
        assertThatThrownBy(() -> QaItem.read(file("{\"question\": \"Q?\", \"answers\": [], \"unanswerable\": false}")))
                .hasMessageContaining("line 1: answerable question has no acceptable answer");
    }
}
