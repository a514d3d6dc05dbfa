package dev.lore.web.slack;

import java.net.URI;
import java.util.Optional;

/** The chat platform's side of a conversation: where the bot's answers go. */
interface ChatApi {

    /** Posts a message in a channel, in the thread of {@code threadTs}. */
    void postMessage(String channel, String threadTs, String text);

    /** Posts a slash command's answer to the {@code response_url} the platform gave with the command. */
    void respond(URI responseUrl, String text);

    /** The e-mail address of a chat user, when the platform shares it with the bot ({@code users:read.email}). */
    Optional<String> email(String userId);
}
