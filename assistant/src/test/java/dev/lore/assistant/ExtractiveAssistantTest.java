package dev.lore.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.pipeline.GroundedAssistant;
import dev.lore.index.KnowledgeIndex;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractiveAssistantTest {

    @TempDir
    static Path dir;
    static KnowledgeIndex index;
    static GroundedAssistant assistant;

    @BeforeAll
    static void build() {
        index = TestCorpus.index(dir);
        assistant = AssistantFactory.create(AssistantConfig.defaults(null), index, TestCorpus.EMBEDDINGS);
    }

    @AfterAll
    static void close() {
        assistant.close();
        index.close();
    }

    @Test
    void answersFromTheRightPassageWithVerbatimCitation() {
        var tokens = new StringBuilder();
        var answer = assistant.ask(new Question("Which port does the VPN gateway listen on?", Set.of(), null), tokens::append);

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.model()).isEqualTo("extractive");
        assertThat(answer.answer()).contains("51820").contains("[1]");
        assertThat(answer.citations()).first().satisfies(c -> {
            assertThat(c.n()).isEqualTo(1);
            assertThat(c.docId()).isEqualTo(TestCorpus.VPN);
            assertThat(c.chunkId()).isEqualTo(TestCorpus.VPN + "#0");
            assertThat(c.quote()).contains("51820");
        });
        assertThat(tokens.toString()).isEqualTo(answer.answer());
        assertThat(answer.timings()).containsKeys("retrieveMs", "totalMs");
    }

    @Test
    void tableRowIsQuotedWhole() {
        var answer = assistant.ask(new Question("Who approves business class flights over 6 hours?", Set.of(), null), t -> { });

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.answer()).contains("Class: Business; Flights over: 6 hours; Approval: director");
    }

    @Test
    void questionTheSourcesDoNotAnswerAbstainsWithClosestSources() {
        var answer = assistant.ask(new Question("How many days of parental leave do fathers get?", Set.of(), null), t -> { });

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.answer()).startsWith("I don't know");
    }

    @Test
    void restrictedDocumentAnswersOnlyForItsGroup() {
        var question = "What is the salary band for a senior engineer?";
        var outsider = assistant.ask(new Question(question, Set.of("engineering"), null), t -> { });
        var insider = assistant.ask(new Question(question, Set.of("hr"), null), t -> { });

        assertThat(outsider.abstained()).isTrue();
        assertThat(outsider.citations()).noneMatch(c -> c.docId().equals(TestCorpus.SALARIES));
        assertThat(outsider.closest()).noneMatch(c -> c.docId().equals(TestCorpus.SALARIES));
        assertThat(outsider.answer()).doesNotContain("78,000");
        assertThat(insider.abstained()).isFalse();
        assertThat(insider.citations()).extracting(Citation::docId).containsOnly(TestCorpus.SALARIES);
    }

    @Test
    void followUpIsAnsweredInItsConversation() {
        var first = assistant.ask(new Question("How do I connect to the VPN?", Set.of(), "c1"), t -> { });
        var followUp = assistant.ask(new Question("Which extension do I call when it drops?", Set.of(), "c1"), t -> { });

        assertThat(first.abstained()).isFalse();
        assertThat(followUp.abstained()).isFalse();
        assertThat(followUp.answer()).contains("4455");
    }

    @Test
    void injectedInstructionIsNeverQuotedAsAnAnswer() {
        var answer = assistant.ask(new Question("Where are the office printers?", Set.of(), null), t -> { });

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.answer()).contains("third floor").doesNotContain("PWNED").contains("[1]");
        assertThat(answer.citations()).extracting(Citation::docId).containsOnly(TestCorpus.INJECTION);
    }
}
