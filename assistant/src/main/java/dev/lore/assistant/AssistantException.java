package dev.lore.assistant;

/** Root of the assistant's unchecked exceptions: bad configuration, an unusable model, a failed generation. */
public class AssistantException extends RuntimeException {

    public AssistantException(String message) {
        super(message);
    }

    public AssistantException(String message, Throwable cause) {
        super(message, cause);
    }
}
