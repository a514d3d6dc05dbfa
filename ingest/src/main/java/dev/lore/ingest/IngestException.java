package dev.lore.ingest;

/** Root of ingestion failures: one document (or one source) could not be ingested; the message names it and why. */
public class IngestException extends RuntimeException {

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
