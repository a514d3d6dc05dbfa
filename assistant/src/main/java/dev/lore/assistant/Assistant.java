package dev.lore.assistant;

import java.util.function.Consumer;

/** Answers questions from the caller's readable documents, streaming tokens as they are generated. */
public interface Assistant {

    /**
     * Answers a question; {@code onToken} receives the answer text as it is produced (the final, verified text is in
     * the returned {@link Answer}, which may differ when the verifier removed claims).
     */
    Answer ask(Question question, Consumer<String> onToken);
}
