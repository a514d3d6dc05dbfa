package dev.lore.assistant;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a question: the answer text with [n] markers, whether it abstained, the verified citations, which model
 * and mode produced it and why, the sentences the verifier flagged as unsupported, and timings in milliseconds.
 */
public record Answer(String answer, boolean abstained, List<Citation> citations, String model, String mode,
                     String route, List<String> flagged, String conversationId, Map<String, Long> timings) {

    public Answer {
        citations = citations == null ? List.of() : List.copyOf(citations);
        flagged = flagged == null ? List.of() : List.copyOf(flagged);
        timings = timings == null ? Map.of() : Map.copyOf(timings);
    }
}
