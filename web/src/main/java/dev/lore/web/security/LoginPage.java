package dev.lore.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page: a static template with the session's CSRF token filled in. */
@Controller
class LoginPage {

    private final String template;

    LoginPage() {
        try (var in = new ClassPathResource("pages/login.html").getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("pages/login.html is missing from the classpath", e);
        }
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout) {
        String notice = error != null ? "<p class=\"notice error\" role=\"alert\">Wrong user name or password.</p>"
                : logout != null ? "<p class=\"notice\" role=\"status\">You are signed out.</p>" : "";
        return template
                .replace("{{csrfParameter}}", HtmlUtils.htmlEscape(csrf.getParameterName()))
                .replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrf.getToken()))
                .replace("{{notice}}", notice);
    }
}
