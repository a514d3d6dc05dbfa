package dev.lore.assistant.privacy;

import dev.lore.assistant.AssistantException;

/** A configured endpoint would send data outside the company network: refuse to start and fix the configuration. */
public final class PrivacyException extends AssistantException {

    public PrivacyException(String message) {
        super(message);
    }
}
