package dev.lore.assistant.eval;

import java.util.List;

/**
 * Scores of an answer evaluation and the per-question results behind them. Rates are in [0, 1]; a rate with nothing
 * to count (no citations, no abstentions) is 1.
 */
public record AnswerReport(int questions, int answerable, int unanswerable, double answerRecall,
                           double citationPrecision, double supportedClaimRate, double abstentionPrecision,
                           double abstentionRecall, double falseAbstentionRate, long p50Ms, List<Result> results) {

    public AnswerReport {
        results = List.copyOf(results);
    }

    /** One question's outcome. */
    public record Result(String question, List<String> groups, boolean unanswerable, boolean abstained,
                         boolean answerFound, List<String> citedDocIds, int relevantCitedDocs, int supportedClaims,
                         int flaggedClaims, String answer, String model, String mode, String route, long totalMs) {

        /** Whether the outcome is right: an abstention on an unanswerable question, an answer found otherwise. */
        public boolean correct() {
            return unanswerable ? abstained : answerFound;
        }
    }

    static AnswerReport of(List<Result> results) {
        int answerable = (int) results.stream().filter(r -> !r.unanswerable()).count();
        int unanswerable = results.size() - answerable;
        int found = (int) results.stream().filter(r -> !r.unanswerable() && r.answerFound()).count();
        int cited = results.stream().mapToInt(r -> r.citedDocIds().size()).sum();
        int relevant = results.stream().mapToInt(Result::relevantCitedDocs).sum();
        int supported = results.stream().mapToInt(Result::supportedClaims).sum();
        int flagged = results.stream().mapToInt(Result::flaggedClaims).sum();
        int abstained = (int) results.stream().filter(Result::abstained).count();
        int rightAbstentions = (int) results.stream().filter(r -> r.abstained() && r.unanswerable()).count();
        int falseAbstentions = (int) results.stream().filter(r -> r.abstained() && !r.unanswerable()).count();
        var times = results.stream().mapToLong(Result::totalMs).sorted().toArray();
        return new AnswerReport(results.size(), answerable, unanswerable, ratio(found, answerable), ratio(relevant, cited),
                ratio(supported, supported + flagged), ratio(rightAbstentions, abstained),
                ratio(rightAbstentions, unanswerable), answerable == 0 ? 0 : (double) falseAbstentions / answerable,
                times.length == 0 ? 0 : times[times.length / 2], results);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1 : (double) numerator / denominator;
    }
}
