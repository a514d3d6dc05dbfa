package dev.lore.index;

/** Root of the index module's unchecked exceptions: the index could not be opened, read or written. */
public class IndexException extends RuntimeException {

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexException(String message) {
        super(message);
    }
}
