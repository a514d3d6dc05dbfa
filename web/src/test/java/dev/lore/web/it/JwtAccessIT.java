package dev.lore.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code lore.security.jwt.*} set, bearer tokens from the identity provider decide who the caller is: its groups
 * claim filters every search and answer, its roles claim grants ADMIN, and tokens that are expired, from another
 * issuer or signed with another key are refused. The provider's key set is served by a local stub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtAccessIT {

    private static final String ISSUER = "http://127.0.0.1/realms/lore-test";
    private static final RSAKey KEY = rsaKey("provider");
    private static final HttpServer PROVIDER = provider();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void jwtServer(DynamicPropertyRegistry registry) {
        LoreServer.register(registry, "jwt-index");
        registry.add("lore.security.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/jwks");
        registry.add("lore.security.jwt.issuer-uri", () -> ISSUER);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    @Test
    void groupsClaimDecidesWhatTheCallerReads() throws Exception {
        var hr = call(token(KEY, ISSUER, "hanna", List.of("employee", "hr"), List.of(), 300), "GET",
                "/api/v1/search?q=salary%20band&k=20");
        var employee = call(token(KEY, ISSUER, "eve", List.of("employee"), List.of(), 300), "GET",
                "/api/v1/search?q=salary%20band&k=20");

        assertThat(hr.statusCode()).isEqualTo(200);
        assertThat(hr.body()).contains(LoreServer.HR_SECRET);
        assertThat(employee.statusCode()).isEqualTo(200);
        assertThat(employee.body()).doesNotContain(LoreServer.HR_SECRET).doesNotContain("\"hr:");
        var me = call(token(KEY, ISSUER, "hanna", List.of("employee", "hr"), List.of(), 300), "GET", "/api/v1/me");
        assertThat(me.body()).contains("hanna").contains("hr");
    }

    @Test
    void onlyTheAdminRoleClaimOpensAdminEndpoints() throws Exception {
        assertThat(call(token(KEY, ISSUER, "eve", List.of("employee"), List.of(), 300), "GET", "/api/v1/admin/status")
                .statusCode()).isEqualTo(403);
        assertThat(call(token(KEY, ISSUER, "ida", List.of(), List.of("INGEST"), 300), "GET", "/api/v1/admin/status")
                .statusCode()).isEqualTo(403);
        assertThat(call(token(KEY, ISSUER, "ada", List.of(), List.of("ADMIN"), 300), "GET", "/api/v1/admin/status")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void expiredForeignOrMissingTokensAreRefused() throws Exception {
        var path = "/api/v1/search?q=vpn";
        assertThat(call(token(KEY, ISSUER, "eve", List.of("employee"), List.of(), 300), "GET", path).statusCode())
                .isEqualTo(200);
        assertThat(call(token(KEY, ISSUER, "eve", List.of("employee"), List.of(), -600), "GET", path).statusCode())
                .as("expired").isEqualTo(401);
        assertThat(call(token(rsaKey("provider"), ISSUER, "eve", List.of("employee"), List.of(), 300), "GET", path)
                .statusCode()).as("signed with another key under the same key id").isEqualTo(401);
        assertThat(call(token(KEY, "http://127.0.0.1/realms/other", "eve", List.of("employee"), List.of(), 300), "GET",
                path).statusCode()).as("another issuer").isEqualTo(401);
        assertThat(call("not-a-jwt", "GET", path).statusCode()).isEqualTo(401);
        assertThat(call(null, "GET", path).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> call(String token, String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return LoreServer.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(RSAKey key, String issuer, String user, List<String> groups, List<String> roles,
                                long expiresInSeconds) throws JOSEException {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("id-" + user)
                .claim("preferred_username", user)
                .claim("groups", groups)
                .claim("roles", roles)
                .issueTime(Date.from(now.minusSeconds(Math.max(0, -expiresInSeconds) + 60)))
                .expirationTime(Date.from(now.plusSeconds(expiresInSeconds)))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer provider() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] keys = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                try (var body = exchange.getResponseBody()) {
                    body.write(keys);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
