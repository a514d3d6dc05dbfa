package dev.lore.assistant.cite;

import dev.lore.assistant.Citation;
import java.util.List;

/**
 * An answer after citation checking.
 *
 * @param text the answer with only supported citations, renumbered [1], [2], ... in order of first use
 * @param citations the passages those numbers point to, with the unit that supports them as quote
 * @param flagged sentences whose citations were all removed as unsupported (or that cite nothing)
 * @param claims sentences that state something
 * @param supportedClaims sentences with at least one supported citation
 * @param abstained whether the answer supports nothing (the model said "I don't know" or no claim survived)
 */
public record VerifiedAnswer(String text, List<Citation> citations, List<String> flagged, int claims,
                             int supportedClaims, boolean abstained) {

    public VerifiedAnswer {
        citations = List.copyOf(citations);
        flagged = List.copyOf(flagged);
    }
}
