package dev.lore.web.error;

/** A request body over {@code lore.api.max-body-size}: 413. */
public final class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
