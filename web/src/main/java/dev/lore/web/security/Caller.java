package dev.lore.web.security;

import dev.lore.ingest.DocumentInfo;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is asking: name, the groups that filter every result (always including {@code everyone}) and the roles. */
public record Caller(String name, Set<String> groups, Set<String> roles) {

    static final String ROLE_PREFIX = "ROLE_";
    static final String GROUP_PREFIX = "GROUP_";

    public Caller {
        var all = new TreeSet<>(groups);
        all.add(DocumentInfo.EVERYONE);
        groups = Set.copyOf(all);
        roles = Set.copyOf(roles);
    }

    /** The caller behind an authentication; anonymous (or none) reads only {@code everyone}. */
    public static Caller of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return new Caller("anonymous", Set.of(), Set.of());
        }
        var groups = new TreeSet<String>();
        var roles = new TreeSet<String>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith(GROUP_PREFIX)) {
                groups.add(name.substring(GROUP_PREFIX.length()));
            } else if (name.startsWith(ROLE_PREFIX)) {
                roles.add(name.substring(ROLE_PREFIX.length()));
            }
        }
        return new Caller(authentication.getName(), groups, roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
