package dev.lore.index;

/** Another process (usually the running server) holds the index folder: talk to it instead of opening the folder. */
public class IndexLockedException extends IndexException {

    public IndexLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
