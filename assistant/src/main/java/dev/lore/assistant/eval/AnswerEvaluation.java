package dev.lore.assistant.eval;

import dev.lore.assistant.Answer;
import dev.lore.assistant.Assistant;
import dev.lore.assistant.Citation;
import dev.lore.assistant.Question;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs a QA set through the assistant and scores it: answer recall (an acceptable answer appears in the answer,
 * normalised), citation precision (cited documents that are relevant), supported-claim rate, abstention precision and
 * recall on unanswerable questions, and the false abstention rate on answerable ones.
 */
public final class AnswerEvaluation {

    private static final Pattern MARKER = Pattern.compile("\\[\\d+]");

    private AnswerEvaluation() {
    }

    /** Asks every question (each in its own conversation-less call) and scores the answers. */
    public static AnswerReport run(Assistant assistant, List<QaItem> items) {
        var results = new ArrayList<AnswerReport.Result>();
        for (var item : items) {
            var answer = assistant.ask(new Question(item.question(), item.groups(), null), token -> { });
            results.add(score(item, answer));
        }
        return AnswerReport.of(results);
    }

    static AnswerReport.Result score(QaItem item, Answer answer) {
        var normalized = normalize(answer.answer());
        boolean hit = !answer.abstained() && item.answers().stream().map(AnswerEvaluation::normalize)
                .anyMatch(a -> !a.isEmpty() && normalized.contains(a));
        var cited = answer.citations().stream().map(Citation::docId).distinct().toList();
        int relevant = (int) cited.stream().filter(item.docIds()::contains).count();
        int supported = answer.abstained() ? 0 : countSupported(answer.answer());
        return new AnswerReport.Result(item.question(), item.groups().stream().sorted().toList(), item.unanswerable(),
                answer.abstained(), hit, cited, relevant, supported, answer.flagged().size(), answer.answer(),
                answer.model(), answer.mode(), answer.route(), answer.timings().getOrDefault("totalMs", 0L));
    }

    /** Sentences of the answer that carry at least one (verified) citation. */
    static int countSupported(String text) {
        int n = 0;
        for (var line : text.split("(?<=[.!?])\\s+|\\n")) {
            if (MARKER.matcher(line).find()) {
                n++;
            }
        }
        return n;
    }

    /** Lower case, accents and citation markers removed, punctuation to spaces, thousands separators dropped. */
    public static String normalize(String text) {
        var s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = MARKER.matcher(s).replaceAll(" ");
        s = s.replaceAll("(?<=\\d)[,.](?=\\d{3}\\b)", "");
        s = s.replaceAll("[^\\p{L}\\p{N}.%€$]+", " ").replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ");
        return s.replaceAll("\\s+", " ").strip();
    }
}
