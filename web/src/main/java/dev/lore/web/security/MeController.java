package dev.lore.web.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the chat page who is signed in and which CSRF header to send with its POSTs. */
@RestController
class MeController {

    record Me(String name, List<String> groups, List<String> roles, String csrfHeader, String csrfParameter, String csrfToken) {
    }

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication, CsrfToken csrf) {
        Caller caller = Caller.of(authentication);
        return new Me(caller.name(), caller.groups().stream().sorted().toList(),
                caller.roles().stream().sorted().toList(), csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken());
    }
}
