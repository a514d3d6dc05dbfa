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


    @Test
    void sentenceAboutTheRestOfTheQuestionDoesNotAnswerItsSubject() {
        var software = TestCorpus.passage("Software Catalogue", "Software Catalogue",
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
        var leave = TestCorpus.passage("Annual Leave", "Requesting leave",
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

    private static final Passage SPECIAL_LEAVE = TestCorpus.passage("Annual Leave", "Special leave",
            "Some life events give you paid special leave in addition to annual leave:",
            "Occasion: Your own wedding or civil partnership; Paid days: 2 days",
            "Occasion: Moving house (once per year); Paid days: 1 day",
            "Occasion: Death of a spouse, partner, child or parent; Paid days: 3 days",
            "Occasion: Volunteering for a registered charity; Paid days: 1 day per year");

    @Test
    void tableRowAboutAnotherCaseDoesNotAnswerEvenWhenItSharesTheQuestionsWords() {
        var question = "How many days of paid partner leave does the second parent get?";

        var evidence = Evidence.assess(question, List.of(SPECIAL_LEAVE), SCORER, List.of());

        assertThat(rowCaseDiffers(question, SPECIAL_LEAVE.units().get(3))).isTrue();
        assertThat(evidence.best()).as("the death of a partner is not partner leave").isLessThan(THRESHOLD);
    }

    @Test
    void tableRowWhoseCaseTheQuestionDescribesStillAnswers() {
        var question = "How many paid days off do I get for my own wedding?";

        var evidence = Evidence.assess(question, List.of(SPECIAL_LEAVE), SCORER, List.of());

        assertThat(rowCaseDiffers(question, SPECIAL_LEAVE.units().get(1))).isFalse();
        assertThat(evidence.ranked().getFirst().text()).startsWith("Occasion: Your own wedding");
        assertThat(evidence.best()).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void questionNamingTheFirstColumnAsksForThatCellSoItIsNotTheCase() {
        assertThat(rowCaseDiffers("Which Wi-Fi network do I use for my phone?",
                "Network: KL-Devices; Who uses it: Phones and tablets; How to connect: Register the device first")).isFalse();
        assertThat(rowCaseDiffers("Which Wi-Fi do I use for my phone?",
                "Network: Devices of guests; Who uses it: Visitors; How to connect: Ask at reception")).isTrue();
    }

    @Test
    void onlyUnitsSharingAWordWithTheQuestionCountAsCloseSources() {
        var software = TestCorpus.passage("Software Catalogue", "Licences",
                "Software: Microsoft Visio; Used for: Network diagrams; How to get it: IT-HELP ticket");
        var question = "How many days of paid partner leave does the second parent get?";

        var evidence = Evidence.assess(question, List.of(SPECIAL_LEAVE, software), SCORER, List.of());

        assertThat(evidence.ranked()).filteredOn(evidence::sharesWords).extracting(s -> s.passage().title())
                .contains("Annual Leave").doesNotContain("Software Catalogue");
    }

    @Test
    void oneWordCodesAndSentencesAreLeftToTheOtherRules() {
        var question = "What is the maximum hotel rate per night in Munich?";

        assertThat(rowCaseDiffers(question, "City: Berlin; Maximum per night: 150 EUR")).isFalse();
        assertThat(rowCaseDiffers(question, "The death of a spouse gives three days of paid leave.")).isFalse();
        assertThat(RowCase.cells("| Berlin | 150 EUR |")).containsExactly("Berlin", "150 EUR");
    }

    private static boolean rowCaseDiffers(String question, String row) {
        return RowCase.differs(row, SCORER.embedAll(List.of(question)).getFirst(), Terms.of(question), SCORER);
    }
}
