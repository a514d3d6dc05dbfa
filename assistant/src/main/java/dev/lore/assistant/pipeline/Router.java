package dev.lore.assistant.pipeline;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides when the larger fallback model takes a question the small one should not take alone: a long question, a
 * multi-part question, or evidence just above the abstention threshold. (A failed citation check also routes to the
 * fallback; the pipeline decides that after generating.)
 */
final class Router {

    static final String LONG = "long-question";
    static final String MULTI_PART = "multi-part";
    static final String WEAK_EVIDENCE = "weak-evidence";
    static final String CITATION_CHECK_FAILED = "citation-check-failed";

    /** Evidence within this margin above the abstention threshold counts as weak. */
    static final double WEAK_MARGIN = 0.08;

    private static final Pattern SECOND_QUESTION = Pattern.compile(
            "(?i)\\b(and|also|plus)\\s+(what|how|when|where|who|which|why|can|could|do|does|is|are|should)\\b");

    private final int longQuestionWords;
    private final double evidenceThreshold;

    Router(int longQuestionWords, double evidenceThreshold) {
        this.longQuestionWords = longQuestionWords;
        this.evidenceThreshold = evidenceThreshold;
    }

    /** Why the fallback should answer, or empty when the small model may. */
    Optional<String> before(String question, double evidence) {
        if (question.strip().split("\\s+").length > longQuestionWords) {
            return Optional.of(LONG);
        }
        if (question.chars().filter(c -> c == '?').count() >= 2 || SECOND_QUESTION.matcher(question).find()) {
            return Optional.of(MULTI_PART);
        }
        if (evidence < evidenceThreshold + WEAK_MARGIN) {
            return Optional.of(WEAK_EVIDENCE);
        }
        return Optional.empty();
    }
}
