package dev.lore.web.security;

import dev.lore.web.LoreProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Maps a JWT's configured groups and roles claims to the authorities {@link Caller} reads. */
final class GroupsClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final LoreProperties.Jwt settings;

    GroupsClaimConverter(LoreProperties.Jwt settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var authorities = new ArrayList<GrantedAuthority>();
        claim(jwt, settings.groupsClaim()).forEach(g -> authorities.add(new SimpleGrantedAuthority(Caller.GROUP_PREFIX + g)));
        claim(jwt, settings.rolesClaim()).forEach(r -> authorities.add(new SimpleGrantedAuthority(Caller.ROLE_PREFIX + r)));
        String name = jwt.hasClaim(settings.nameClaim()) ? jwt.getClaimAsString(settings.nameClaim()) : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities, name);
    }

    private static List<String> claim(Jwt jwt, String name) {
        Object value = jwt.getClaims().get(name);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.split("[,\\s]+"));
        }
        return List.of();
    }
}
