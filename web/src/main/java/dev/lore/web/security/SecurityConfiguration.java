package dev.lore.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.assistant.privacy.PrivacyGuard;
import dev.lore.web.LoreProperties;
import dev.lore.web.error.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what: session form login (with CSRF) for the chat page, HTTP Basic for the API and the CLI, a JWT resource
 * server when {@code lore.security.jwt.*} is set; ADMIN for admin endpoints, ADMIN or INGEST for pushed writes.
 * The chat integrations ({@code /slack/**}, {@code /v1/**}) have their own chain with a higher precedence.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String[] PUBLIC = {"/login", "/login.css", "/favicon.svg", "/favicon.ico", "/actuator/health/**",
            "/actuator/health", "/error"};

    @Bean
    ConfiguredUsers configuredUsers(LoreProperties properties) {
        return new ConfiguredUsers(properties.security().users());
    }

    @Bean
    SecurityFilterChain loreSecurity(HttpSecurity http, LoreProperties properties, UserDetailsService users,
                                     ObjectMapper json, PrivacyGuard guard) throws Exception {
        var settings = properties.security();
        AuthorizationManager<RequestAuthorizationContext> reader = settings.anonymous().enabled()
                ? (auth, context) -> new AuthorizationDecision(true)
                : AuthenticatedAuthorizationManager.authenticated();
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        // CSRF abuses a browser's ambient session; requests that carry their own credentials (CLI, scripts) or no
        // session at all (anonymous API calls) have none to abuse. Sign-in itself stays protected.
        RequestMatcher withoutAmbientSession = request -> request.getHeader("Authorization") != null
                || request.getRequestedSessionId() == null && !request.getRequestURI().endsWith("/login");
        http
                .userDetailsService(users)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/api/v1/admin/**", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/documents/**").hasAnyRole("ADMIN", "INGEST")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/documents/**").hasAnyRole("ADMIN", "INGEST")
                        .requestMatchers(HttpMethod.POST, "/api/v1/documents/**").hasAnyRole("ADMIN", "INGEST")
                        .anyRequest().access(reader))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(json)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(withoutAmbientSession))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(unauthorized(json), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        .accessDeniedHandler(forbidden(json)));
        if (settings.jwt().enabled()) {
            http.oauth2ResourceServer(jwt -> jwt
                    .authenticationEntryPoint(unauthorized(json))
                    .accessDeniedHandler(forbidden(json))
                    .jwt(decoder -> decoder
                            .decoder(jwtDecoder(settings.jwt(), guard))
                            .jwtAuthenticationConverter(new GroupsClaimConverter(settings.jwt()))));
        }
        return http.build();
    }

    /**
     * The decoder for the configured identity provider, whose host must pass the privacy guard like every other
     * outbound call. With both a key set and an issuer, tokens must also name that issuer.
     */
    static JwtDecoder jwtDecoder(LoreProperties.Jwt jwt, PrivacyGuard guard) {
        boolean issuer = jwt.issuerUri() != null && !jwt.issuerUri().isBlank();
        if (issuer) {
            guard.checkUrl(jwt.issuerUri(), "lore.security.jwt.issuer-uri");
        }
        if (jwt.jwkSetUri() != null && !jwt.jwkSetUri().isBlank()) {
            guard.checkUrl(jwt.jwkSetUri(), "lore.security.jwt.jwk-set-uri");
            var decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
            if (issuer) {
                decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(jwt.issuerUri()));
            }
            return decoder;
        }
        return JwtDecoders.fromIssuerLocation(jwt.issuerUri());
    }

    private static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, exception) -> {
            if (!isPageScript(request)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"lore\"");
            }
            new ApiError("unauthorized", "credentials are missing or wrong").write(response, 401, json);
        };
    }

    private static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, exception) -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
            if (exception instanceof CsrfException && anonymous) {
                // No session and no credentials: the CSRF check ran first, but the missing piece is the credentials.
                unauthorized(json).commence(request, response, null);
                return;
            }
            new ApiError("forbidden", exception instanceof CsrfException
                    ? "the session's CSRF token is missing or wrong (send the X-CSRF-TOKEN header)"
                    : "this needs a role you do not have").write(response, 403, json);
        };
    }

    /** The chat page marks its requests so that an expired session does not pop up the browser's Basic dialog. */
    private static boolean isPageScript(HttpServletRequest request) {
        return "fetch".equals(request.getHeader("X-Requested-With"));
    }
}
