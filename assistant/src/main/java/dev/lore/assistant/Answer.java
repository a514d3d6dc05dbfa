package dev.lore.assistant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a question: the answer text with [n] markers, whether it abstained, the verified citations, which model
 * and mode produced it and why, the sentences the verifier flagged as unsupported, and timings in milliseconds.
 * {@code closest} lists the best sources found when the assistant abstained (empty otherwise); they support nothing
 * the answer says and are not citations.
 */
public record Answer(String answer, boolean abstained, List<Citation> citations, String model, String mode,
                     String route, List<String> flagged, String conversationId, Map<String, Long> timings,
                     List<Citation> closest) {

    public Answer {
        citations = citations == null ? List.of() : List.copyOf(citations);
        flagged = flagged == null ? List.of() : List.copyOf(flagged);
        timings = timings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        closest = closest == null ? List.of() : List.copyOf(closest);
    }

    /** An answer without closest sources (the original contract). */
    public Answer(String answer, boolean abstained, List<Citation> citations, String model, String mode, String route,
                  List<String> flagged, String conversationId, Map<String, Long> timings) {
        this(answer, abstained, citations, model, mode, route, flagged, conversationId, timings, List.of());
    }
}
