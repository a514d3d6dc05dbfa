package dev.lore.assistant.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.TestCorpus;
import dev.lore.assistant.support.Evidence;
import dev.lore.assistant.support.SupportScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extractive answers with the real embedding model: the best sentence, and what it needs to be an answer. */
class ExtractiveAnswererTest {

    private static final SupportScorer SCORER = new SupportScorer(TestCorpus.EMBEDDINGS);


    @Test
    void bestSentenceWithoutTheAskedAddressBringsTheNextSentenceThatHasIt() {
        var phishing = TestCorpus.passage("Security Policy", "Phishing",
                "If an email looks suspicious, do not click links or open attachments.",
                "Use the \"Report phish\" button in Outlook, or forward the message to phishing@kestrel-lumen.example.",
                "Information Security answers within one working day.");
        var question = "Where should I forward a suspicious email?";

        var answer = new ExtractiveAnswerer().answer(Evidence.assess(question, List.of(phishing), SCORER, List.of()));

        assertThat(answer).contains("phishing@kestrel-lumen.example [1]").doesNotContain("working day");
    }

    @Test
    void tableRowIsNotCompletedByWhatFollowsIt() {
        var contacts = TestCorpus.passage("Contacts", "Who to contact",
                "Topic: Salary payments and payslips; Team: Payroll; Office: Leipzig, room 2.14",
                "Parking permits are handled by facilities@kestrel-lumen.example.");
        var question = "Which mailbox do I write to with a question about my payslip?";

        var answer = new ExtractiveAnswerer().answer(Evidence.assess(question, List.of(contacts), SCORER, List.of()));

        assertThat(answer).startsWith("Topic: Salary payments").doesNotContain("facilities@");
    }
}
