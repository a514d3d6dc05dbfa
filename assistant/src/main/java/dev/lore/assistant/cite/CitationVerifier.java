package dev.lore.assistant.cite;

import dev.lore.assistant.Citation;
import dev.lore.assistant.passage.Passage;
import dev.lore.assistant.passage.Units;
import dev.lore.assistant.support.Evidence;
import dev.lore.assistant.support.SupportScorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks every [n] of a generated answer against the passages the model was given: the number must name a passage, and
 * the sentence carrying it must be supported by that passage (support at least the calibrated threshold). Unsupported
 * citations are removed and their sentences flagged; an answer left without a supported claim is an abstention.
 */
public final class CitationVerifier {

    private static final Pattern MARKER = Pattern.compile("\\[(\\s*\\d+\\s*(?:[,;]\\s*\\d+\\s*)*)]");
    private static final Pattern DONT_KNOW = Pattern.compile("\\bi\\s+(?:do\\s+not|don'?t|don’t)\\s+know\\b");

    /** Flagged sentences are reported up to this length (a looping model can write one endless "sentence"). */
    static final int MAX_FLAGGED_CHARS = 300;

    private final SupportScorer scorer;
    private final double threshold;

    public CitationVerifier(SupportScorer scorer, double threshold) {
        this.scorer = scorer;
        this.threshold = threshold;
    }

    /** Verifies a raw model answer against the numbered passages it was generated from. */
    public VerifiedAnswer verify(String answer, List<Passage> passages) {
        var byNumber = new LinkedHashMap<Integer, Passage>();
        passages.forEach(p -> byNumber.put(p.n(), p));
        var renumber = new LinkedHashMap<Integer, Integer>();
        var quotes = new LinkedHashMap<Integer, Quote>();
        var kept = new ArrayList<String>();
        var flagged = new ArrayList<String>();
        int claims = 0;
        int supported = 0;
        for (var sentence : Units.split(answer == null ? "" : answer)) {
            var claim = MARKER.matcher(sentence).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1").strip();
            if (!SupportScorer.isClaim(claim) || DONT_KNOW.matcher(claim.toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            claims++;
            var good = new LinkedHashSet<Integer>();
            for (int n : cited(sentence)) {
                var passage = byNumber.get(n);
                if (passage == null) {
                    continue;
                }
                var scores = scorer.support(claim, passage.units(), passage.title() + " " + String.join(" ", passage.headingPath()));
                int best = argmaxExceptInstructions(scores, passage);
                if (best >= 0 && scores.get(best) >= threshold) {
                    good.add(n);
                    quotes.putIfAbsent(n, new Quote(passage, best));
                }
            }
            if (good.isEmpty()) {
                flagged.add(claim.length() > MAX_FLAGGED_CHARS ? claim.substring(0, MAX_FLAGGED_CHARS) + "…" : claim);
                kept.add(claim);
                continue;
            }
            supported++;
            var marks = new StringBuilder();
            for (int n : good) {
                marks.append('[').append(renumber.computeIfAbsent(n, k -> renumber.size() + 1)).append(']');
            }
            kept.add(withMarks(claim, marks.toString()));
        }
        var citations = new ArrayList<Citation>();
        renumber.forEach((old, now) -> citations.add(quotes.get(old).citation(now)));
        boolean abstained = supported == 0;
        return new VerifiedAnswer(abstained ? "" : join(kept), citations, flagged, claims, supported, abstained);
    }

    private static String join(List<String> sentences) {
        var sb = new StringBuilder();
        for (var s : sentences) {
            if (!sb.isEmpty()) {
                sb.append(Units.isTableRow(s) || Units.isTableRow(sb.substring(sb.lastIndexOf("\n") + 1)) ? "\n" : " ");
            }
            sb.append(s);
        }
        return sb.toString();
    }

    /** The passage numbers a sentence cites, in order, each once. */
    static List<Integer> cited(String sentence) {
        var numbers = new LinkedHashSet<Integer>();
        var m = MARKER.matcher(sentence);
        while (m.find()) {
            for (var part : m.group(1).split("[,;]")) {
                try {
                    numbers.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException e) {
                    // a number too large to be a passage: not a citation of anything given
                }
            }
        }
        return List.copyOf(numbers);
    }

    private static String withMarks(String claim, String marks) {
        int end = claim.length();
        while (end > 0 && ".!?".indexOf(claim.charAt(end - 1)) >= 0) {
            end--;
        }
        return claim.substring(0, end) + " " + marks + claim.substring(end);
    }

    /** The best supporting unit; text addressed to the model ("ignore previous instructions") supports nothing. */
    private static int argmaxExceptInstructions(List<Double> scores, Passage passage) {
        int best = -1;
        for (int i = 0; i < scores.size(); i++) {
            if (Evidence.looksLikeInstruction(passage.units().get(i))) {
                continue;
            }
            if (best < 0 || scores.get(i) > scores.get(best)) {
                best = i;
            }
        }
        return best;
    }

    /** Abstention text used when no claim survives. */
    public static String abstention() {
        return "I don't know: the documents you can read do not answer this.";
    }

    private record Quote(Passage passage, int unit) {
        Citation citation(int n) {
            return new Citation(n, passage.docId(), passage.chunkOf(unit), passage.title(), passage.source(),
                    passage.uri(), passage.units().get(unit));
        }
    }

}
