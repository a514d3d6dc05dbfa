package dev.lore.web.slack;

import dev.lore.ingest.DocumentInfo;
import dev.lore.web.security.LoreUser;
import dev.lore.web.security.UserDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides whose documents a chat question may use: in a channel only {@code everyone}'s, whoever asks, so nothing
 * restricted is ever posted where others read; in a direct message the asker's groups from {@code lore.slack.users}
 * (and the Lore user an entry names), or else, when e-mail lookup is on, those of the Lore user named by the asker's
 * e-mail address on the chat platform.
 */
final class SlackGroups {

    private final Map<String, SlackProperties.User> users;
    private final UserDirectory directory;
    private final Function<String, Optional<String>> emails;

    /** {@code emails} finds a chat user's e-mail address; pass {@code id -> Optional.empty()} to turn lookup off. */
    SlackGroups(List<SlackProperties.User> users, UserDirectory directory, Function<String, Optional<String>> emails) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(SlackProperties.User::id, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("lore.slack.users lists chat user " + a.id() + " twice");
                }));
        this.directory = directory;
        this.emails = emails;
    }

    /** The groups for a question from {@code chatUserId}, asked in a direct message or not. */
    Set<String> groupsFor(String chatUserId, boolean directMessage) {
        Set<String> groups = new HashSet<>();
        groups.add(DocumentInfo.EVERYONE);
        if (!directMessage || chatUserId == null) {
            return Set.copyOf(groups);
        }
        SlackProperties.User user = users.get(chatUserId);
        if (user != null) {
            groups.addAll(user.groups());
            if (user.user() != null && !user.user().isBlank()) {
                directory.find(user.user()).map(LoreUser::groups).ifPresent(groups::addAll);
            }
        } else {
            emails.apply(chatUserId).flatMap(directory::find).map(LoreUser::groups).ifPresent(groups::addAll);
        }
        return Set.copyOf(groups);
    }

    /** Fails start-up when a mapping names a Lore user that is not configured. */
    void requireKnownUsers() {
        for (SlackProperties.User user : users.values()) {
            if (user.user() != null && !user.user().isBlank() && directory.find(user.user()).isEmpty()) {
                throw new IllegalStateException("lore.slack.users entry " + user.id() + " names Lore user '"
                        + user.user() + "', which is not configured");
            }
        }
    }
}
