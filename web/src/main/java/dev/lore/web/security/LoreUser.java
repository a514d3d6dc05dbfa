package dev.lore.web.security;

import java.util.Set;

/** A known user: name, the groups that decide which documents it may read, and its roles (ADMIN, INGEST). */
public record LoreUser(String name, Set<String> groups, Set<String> roles) {

    public LoreUser {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("user name must not be blank");
        }
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
