package dev.lore.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.assistant.pipeline.GroundedAssistant;
import dev.lore.index.KnowledgeIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline through the real llama.cpp binding with the random-weight GGUF: its output is noise. */
class SyntheticModelPipelineTest {

    @TempDir
    static Path dir;
    static KnowledgeIndex index;
    static GroundedAssistant assistant;

    @BeforeAll
    static void build() {
        var settings = SyntheticModel.settings();
        index = TestCorpus.index(dir);
        assistant = AssistantFactory.create(AssistantConfig.defaults(settings), index, TestCorpus.EMBEDDINGS);
    }

    @AfterAll
    static void close() {
        if (assistant != null) {
            assistant.close();
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    void noiseNeverPassesAsACitedClaim() {
        var questions = List.of("Which port does the VPN gateway listen on?", "What is the meal allowance abroad?",
                "Who approves business class flights over 6 hours?", "Where are the office printers?",
                "How do I connect to the VPN?", "What is the salary band for a senior engineer?");
        int generated = 0;
        for (var text : questions) {
            for (var groups : List.of(Set.<String>of(), Set.of("hr"))) {
                var streamed = new StringBuilder();
                var answer = assistant.ask(new Question(text, groups, null), streamed::append);

                assertThat(answer.citations()).as(text).isEmpty();
                assertThat(answer.abstained() || !answer.flagged().isEmpty()).as(text).isTrue();
                assertThat(answer.model()).isEqualTo("tiny-synthetic");
                assertThat(answer.mode()).isEqualTo("generative");
                if (answer.timings().containsKey("generateMs")) {
                    generated++;
                    assertThat(answer.timings()).containsKeys("firstTokenMs", "packMs", "verifyMs", "outputTokens");
                    assertThat(streamed.length()).as("tokens were streamed").isPositive();
                }
            }
        }
        assertThat(generated).as("answerable questions reach the model").isGreaterThanOrEqualTo(8);
    }

    @Test
    void restrictedDocumentIsNeitherCitedNorListedForAnOutsider() {
        var answer = assistant.ask(new Question("What is the salary band for a senior engineer?", Set.of("sales"), null), t -> { });

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.closest()).noneMatch(c -> c.docId().equals(TestCorpus.SALARIES));
        assertThat(answer.answer()).doesNotContain("78,000");
    }

    @Test
    void cancellingFromTheTokenConsumerStopsTheAnswer() {
        var seen = new ArrayList<String>();
        assertThatThrownBy(() -> assistant.ask(new Question("Which port does the VPN gateway listen on?", Set.of(), null), t -> {
            seen.add(t);
            if (seen.size() == 2) {
                throw new CancellationException("client went away");
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(seen).hasSize(2);

        var next = assistant.ask(new Question("What is the meal allowance abroad?", Set.of(), null), t -> { });
        assertThat(next.citations()).isEmpty();
    }

    @Test
    void followUpIsCondensedAndStillVerified() {
        assistant.ask(new Question("How do I connect to the VPN?", Set.of(), "synthetic-1"), t -> { });
        var followUp = assistant.ask(new Question("Which extension do I call when it drops?", Set.of(), "synthetic-1"), t -> { });

        assertThat(followUp.conversationId()).isEqualTo("synthetic-1");
        assertThat(followUp.citations()).isEmpty();
    }
}
