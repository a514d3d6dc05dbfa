package dev.lore.web.slack;

/** An answer could not be delivered to the chat platform; the question is dropped and the failure logged. */
final class ChatDeliveryException extends RuntimeException {

    ChatDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
