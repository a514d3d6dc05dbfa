package dev.lore.web.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.web.security.UserDirectory;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The chat integrations' own security chain, ahead of the main one: {@code /slack/**} is open at this level because
 * every request is verified by its Slack signature in the controller, and {@code /v1/**} needs an API key. Both are
 * stateless machine-to-machine APIs without cookies, hence without CSRF.
 */
@Configuration(proxyBeanMethods = false)
class IntegrationSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain chatIntegrationsSecurity(HttpSecurity http, ApiKeyStore keys, @Lazy UserDirectory users,
                                                 ObjectMapper json) throws Exception {
        http.securityMatcher("/slack/**", "/v1/**")
                .authorizeHttpRequests(authorize -> authorize
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/slack/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, users), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    response.setStatus(401);
                    response.setHeader("WWW-Authenticate", "Bearer realm=\"lore\"");
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    json.writeValue(response.getOutputStream(), OpenAiJson.error(json, "invalid_request_error",
                            "invalid_api_key", "missing or invalid API key: send Authorization: Bearer KEY"));
                }));
        return http.build();
    }
}
