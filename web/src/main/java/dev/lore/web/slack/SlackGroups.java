package dev.lore.web.slack;

import dev.lore.ingest.DocumentInfo;
import dev.lore.web.security.LoreUser;
import dev.lore.web.security.UserDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides whose documents a chat question may use: in a channel only {@code everyone}'s, whoever asks, so nothing
 * restricted is ever posted where others read; in a direct message the asker's configured groups.
 */
final class SlackGroups {

    private final Map<String, SlackProperties.User> users;
    private final UserDirectory directory;

    SlackGroups(List<SlackProperties.User> users, UserDirectory directory) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(SlackProperties.User::id, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("lore.slack.users lists chat user " + a.id() + " twice");
                }));
        this.directory = directory;
    }

    /** The groups for a question from {@code chatUserId}, asked in a direct message or not. */
    Set<String> groupsFor(String chatUserId, boolean directMessage) {
        Set<String> groups = new HashSet<>();
        groups.add(DocumentInfo.EVERYONE);
        SlackProperties.User user = chatUserId == null ? null : users.get(chatUserId);
        if (directMessage && user != null) {
            groups.addAll(user.groups());
            if (user.user() != null && !user.user().isBlank()) {
                directory.find(user.user()).map(LoreUser::groups).ifPresent(groups::addAll);
            }
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
