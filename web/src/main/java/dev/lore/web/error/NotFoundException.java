package dev.lore.web.error;

/** The requested document, job or source does not exist (or the caller may not see it): 404. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
