package dev.lore.assistant.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.assistant.AssistantConfig;
import dev.lore.assistant.AssistantFactory;
import dev.lore.assistant.SampleCorpus;
import dev.lore.assistant.TestCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality bar on the bundled sample corpus in extractive mode: answer recall >= 0.8, citation precision
 * >= 0.9, at most 10% false abstentions, and no citation of a document the asker may not read.
 */
class SampleQaEvalIT {

    @TempDir
    Path dir;

    @Test
    void extractiveModeMeetsTheQualityBarOnTheSampleQaSet() {
        var items = QaItem.read(SampleCorpus.folder().resolve("qa.jsonl"));
        try (var index = SampleCorpus.index(dir);
             var assistant = AssistantFactory.create(AssistantConfig.defaults(null), index, TestCorpus.EMBEDDINGS)) {
            var report = AnswerEvaluation.run(assistant, items);
            report.results().stream().filter(r -> !r.correct()).forEach(r -> System.out.println(
                    "miss: " + (r.unanswerable() ? "unanswerable " : "answerable ") + r.question() + " -> " + r.answer()));
            System.out.printf("answer recall %.3f, citation precision %.3f, supported claims %.3f, abstention precision %.3f,"
                            + " abstention recall %.3f, false abstentions %.3f (%d questions)%n", report.answerRecall(),
                    report.citationPrecision(), report.supportedClaimRate(), report.abstentionPrecision(),
                    report.abstentionRecall(), report.falseAbstentionRate(), report.questions());

            assertThat(report.answerRecall()).isGreaterThanOrEqualTo(0.8);
            assertThat(report.citationPrecision()).isGreaterThanOrEqualTo(0.9);
            assertThat(report.falseAbstentionRate()).isLessThanOrEqualTo(0.1);
            assertThat(report.abstentionRecall()).as("every unanswerable question abstained").isEqualTo(1.0);
            assertThat(report.supportedClaimRate()).isEqualTo(1.0);
            for (var r : report.results()) {
                for (var doc : r.citedDocIds()) {
                    var source = doc.substring(0, doc.indexOf(':'));
                    assertThat(source.equals("handbook") || r.groups().contains(source))
                            .as("%s cites %s for groups %s", r.question(), doc, r.groups()).isTrue();
                }
            }
        }
    }
}
