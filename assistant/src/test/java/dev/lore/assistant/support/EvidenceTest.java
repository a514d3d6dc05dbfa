package dev.lore.assistant.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.AssistantConfig;
import dev.lore.assistant.TestCorpus;
import dev.lore.assistant.passage.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence scoring with the real embedding model: what the question asks about must be addressed by the unit. */
class EvidenceTest {

    private static final SupportScorer SCORER = new SupportScorer(TestCorpus.EMBEDDINGS);
    private static final double THRESHOLD = AssistantConfig.DEFAULT_EVIDENCE_THRESHOLD;

    private static Passage passage(String title, String heading, String... units) {
        return new Passage(1, "handbook:doc", List.of("handbook:doc#0"), title, List.of(heading), "handbook", "",
                List.of(units), List.of(units).stream().map(u -> "handbook:doc#0").toList(), 1);
    }

    @Test
    void sentenceAboutTheRestOfTheQuestionDoesNotAnswerItsSubject() {
        var software = passage("Software Catalogue", "Software Catalogue",
                "Owner: IT.", "Software in this catalogue is approved for company use.",
                "Install it yourself from the Software Centre app on your laptop where that is marked as self-service;"
                        + " everything else is requested in the IT-HELP queue.");
        var question = "How do I install a printer on my laptop?";

        var evidence = Evidence.assess(question, List.of(software), SCORER, List.of("printer"));

        assertThat(new WordAblation(SCORER, question).unaddressed(software.units().get(2),
                Terms.of(software.units().get(2) + " Software Catalogue"))).isEqualTo(1);
        assertThat(evidence.best()).as("printer is not addressed by a sentence on installing software").isLessThan(THRESHOLD);
    }

    @Test
    void paraphraseOfAMissingWordStillCountsAsAnswer() {
        var leave = passage("Annual Leave", "Requesting leave",
                "Request leave in the Lumen People portal at https://people.kestrel-lumen.example.",
                "For absences of more than five consecutive working days, submit the request at least four weeks in advance.");
        var question = "How far in advance must I submit a leave request for a two-week vacation?";

        var evidence = Evidence.assess(question, List.of(leave), SCORER, List.of("far", "vacation"));

        assertThat(evidence.ranked().getFirst().unit()).isEqualTo(1);
        assertThat(evidence.best()).as("'vacation' is answered as 'absences'").isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void unitThatHoldsEveryQuestionWordIsNotAblated() {
        var question = "Where can I download the VPN client?";
        var unit = "Download the VPN client for your operating system from the IT portal.";

        assertThat(new WordAblation(SCORER, question).unaddressed(unit, Terms.of(unit))).isZero();
    }
}
