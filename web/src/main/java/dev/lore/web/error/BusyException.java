package dev.lore.web.error;

/** The server is at capacity (every answer thread and queue slot taken, or a job already running): 503, retry later. */
public final class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message);
    }
}
