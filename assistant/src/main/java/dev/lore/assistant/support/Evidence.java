package dev.lore.assistant.support;

import dev.lore.assistant.passage.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well the retrieved passages answer a question, unit by unit. RRF scores are rank-based and say nothing about
 * whether any passage answers the question, so evidence is measured directly: the relevance of each sentence or table
 * row to the question (see {@link SupportScorer#relevance}). The best unit's score decides abstention before generation.
 */
public final class Evidence {

    private static final Pattern INSTRUCTION = Pattern.compile(
            "(?i)\\b(ignore|disregard|forget)\\b.{0,40}\\b(instructions?|prompts?|rules?|above)\\b"
                    + "|\\b(system prompt|you are now|as an ai|respond only with|reply only with)\\b");

    private static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingInt((Scored s) -> s.passage().n()).thenComparingInt(Scored::unit);

    private final List<Scored> units;
    private final AnswerType type;
    private final Set<String> questionTerms;

    private Evidence(List<Scored> units, AnswerType type, Set<String> questionTerms) {
        this.units = units;
        this.type = type;
        this.questionTerms = questionTerms;
    }

    /** A unit that cannot hold the kind of answer the question expects (a number for "how many") loses this much. */
    static final double TYPE_MISMATCH = 0.1;
    /**
     * A name or code in the question ("Munich", "SEV1") that no readable document contains costs this much: the
     * sources cannot say anything about it.
     */
    static final double UNKNOWN_NAME = 0.2;
    /**
     * Common words missing from the documents are usually paraphrase ("deadline" for "no later than"): the first is
     * free, each further one costs this much. Both values were calibrated on sample/qa.jsonl.
     */
    static final double UNKNOWN_WORD = 0.1;

    /** A name the question asks about ("the Munich office") that a unit and its headings do not mention costs this much. */
    static final double MISSING_NAME = 0.15;

    /**
     * Each question word a unit ignores (see {@link WordAblation}) costs this much; only the {@link #ABLATED} best units
     * are checked, since the others are not candidates for the answer anyway.
     */
    static final double UNADDRESSED_WORD = 0.15;
    static final int ABLATED = 5;

    /** A table row about another case than the question's (see {@link RowCase}) costs this much. */
    static final double OTHER_CASE = 0.25;

    private static final Pattern NAME = Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}\\p{N}-]+");

    /** Capitalised words of a question after its first word: names of places, products, teams. */
    static List<String> names(String question) {
        var names = new ArrayList<String>();
        var m = NAME.matcher(question.strip());
        while (m.find()) {
            if (!Terms.of(m.group()).isEmpty()) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** The evidence penalty for question words that appear in no readable document. */
    public static double unknownPenalty(List<String> unknownWords) {
        long names = unknownWords.stream().filter(w -> Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)).count();
        long words = unknownWords.size() - names;
        return names * UNKNOWN_NAME + Math.max(0, words - 1) * UNKNOWN_WORD;
    }

    /**
     * Scores every unit of every passage against the question; {@code unknownWords} are the question's words that
     * appear nowhere in the caller's readable documents (see {@link UnknownTerms}).
     */
    public static Evidence assess(String question, List<Passage> passages, SupportScorer scorer, List<String> unknownWords) {
        double penalty = unknownPenalty(unknownWords);
        var type = AnswerType.of(question);
        var names = names(question);
        var scored = new ArrayList<Scored>();
        var relevance = scorer.relevance(question, passages.stream().map(Passage::units).toList(),
                passages.stream().map(Evidence::context).toList());
        for (int p = 0; p < passages.size(); p++) {
            var passage = passages.get(p);
            var scores = relevance.get(p);
            var contextTerms = Terms.of(context(passage));
            for (int u = 0; u < scores.size(); u++) {
                var unit = passage.units().get(u);
                var unitTerms = Terms.of(unit);
                unitTerms.addAll(contextTerms);
                long missingNames = names.stream().filter(n -> !unitTerms.containsAll(Terms.of(n))).count();
                double score = scores.get(u) - (type.fits(unit) ? 0 : TYPE_MISMATCH) - penalty
                        - missingNames * MISSING_NAME;
                scored.add(new Scored(passage, u, score));
            }
        }
        scored.sort(ORDER);
        var ablation = new WordAblation(scorer, question);
        var questionTerms = Terms.of(question);
        var top = scored.subList(0, Math.min(ABLATED, scored.size()));
        var topTexts = top.stream().map(Scored::text).toList();
        var topTerms = top.stream().map(s -> Terms.of(s.text() + " " + context(s.passage()))).toList();
        // every text the checks below embed, in one batch
        var texts = new ArrayList<String>(ablation.textsToEmbed(topTexts, topTerms));
        top.forEach(s -> texts.addAll(RowCase.cellsToCompare(s.text(), questionTerms)));
        scorer.embedAll(texts);
        for (int i = 0; i < top.size(); i++) {
            var s = top.get(i);
            double cost = ablation.unaddressed(topTexts.get(i), topTerms.get(i)) * UNADDRESSED_WORD
                    + (RowCase.differs(s.text(), ablation.questionVector(), questionTerms, scorer) ? OTHER_CASE : 0);
            if (cost > 0) {
                top.set(i, new Scored(s.passage(), s.unit(), s.score() - cost));
            }
        }
        scored.sort(ORDER);
        return new Evidence(List.copyOf(scored), type, Set.copyOf(questionTerms));
    }

    private static String context(Passage passage) {
        return passage.title() + " " + String.join(" ", passage.headingPath());
    }

    /** The best unit's score, 0 without passages. */
    public double best() {
        return units.isEmpty() ? 0 : units.getFirst().score();
    }

    /**
     * Whether a unit, with its passage's title and headings, shares a content word with the question: a source without
     * one was retrieved for its embedding alone and is no help to someone looking for the answer.
     */
    public boolean sharesWords(Scored unit) {
        return Terms.of(unit.text() + " " + context(unit.passage())).stream().anyMatch(questionTerms::contains);
    }

    /** The kind of answer the question expects. */
    public AnswerType type() {
        return type;
    }

    /** Units by decreasing score (ties by passage number, then position). */
    public List<Scored> ranked() {
        return units;
    }

    /** Whether a unit reads like an instruction aimed at the model ("ignore previous instructions ..."). */
    public static boolean looksLikeInstruction(String unit) {
        return INSTRUCTION.matcher(unit).find();
    }

    /** One unit of a passage with its relevance to the question. */
    public record Scored(Passage passage, int unit, double score) {

        /** The unit's text. */
        public String text() {
            return passage.units().get(unit);
        }
    }
}
