package dev.lore.web.security;

import java.util.Optional;

/** Looks users up by name, for integrations (chat bot, API keys) that act on behalf of a configured user. */
public interface UserDirectory {

    /** The user with this name, if configured. */
    Optional<LoreUser> find(String name);
}
