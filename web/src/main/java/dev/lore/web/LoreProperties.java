package dev.lore.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.source.SourceDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** Every {@code lore.*} setting the server reads, validated at start-up; defaults are documented in config/application.yml. */
@Validated
@ConfigurationProperties("lore")
public record LoreProperties(
        @Valid @NotNull @DefaultValue Index index,
        @Valid @NotNull @DefaultValue Sample sample,
        List<SourceDefinition> sources,
        @Valid @NotNull @DefaultValue Embedding embedding,
        @Valid @NotNull @DefaultValue Security security,
        @Valid @NotNull @DefaultValue Api api,
        @Valid @NotNull @DefaultValue Feedback feedback,
        @Valid @NotNull @DefaultValue Ingest ingest) {

    public LoreProperties {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Where the index lives. */
    public record Index(@NotNull @DefaultValue("./data/index") Path dir) {
    }

    /** Whether the bundled sample corpus is ingested on first start into an empty index. */
    public record Sample(@DefaultValue("true") boolean enabled) {
    }

    /** The embedding model: {@code all-minilm-l6-v2} (float) or {@code all-minilm-l6-v2-q} (int8-quantized). */
    public record Embedding(@NotBlank @DefaultValue("all-minilm-l6-v2") String model) {
    }

    /** Users, anonymous access and the JWT resource server. */
    public record Security(@Valid List<User> users,
                           @Valid @NotNull @DefaultValue Anonymous anonymous,
                           @Valid @NotNull @DefaultValue Jwt jwt) {
        public Security {
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    /** A configured user; {@code password} in Spring Security's encoded form ({@code {noop}...} or {@code {bcrypt}...}). */
    public record User(@NotBlank String name, @NotBlank String password,
                       @DefaultValue("") Set<String> groups, @DefaultValue("") Set<String> roles) {
        public User {
            if (password != null && !password.matches("^\\{[a-z0-9-]+}.*")) {
                throw new IllegalArgumentException("lore.security.users: password of '" + name
                        + "' must be encoded, e.g. {noop}secret or {bcrypt}$2a$...");
            }
        }
    }

    /** Anonymous callers, when enabled, read only {@code everyone} documents. */
    public record Anonymous(@DefaultValue("false") boolean enabled) {
    }

    /** JWT resource server: active when an issuer or a JWK set URI is set. */
    public record Jwt(String issuerUri, String jwkSetUri,
                      @NotBlank @DefaultValue("groups") String groupsClaim,
                      @NotBlank @DefaultValue("roles") String rolesClaim,
                      @NotBlank @DefaultValue("preferred_username") String nameClaim) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank() || jwkSetUri != null && !jwkSetUri.isBlank();
        }
    }

    /** Limits of the HTTP API. */
    public record Api(@NotNull @DefaultValue("10MB") DataSize maxBodySize,
                      @Min(1) @DefaultValue("4") int answerThreads,
                      @Min(1) @DefaultValue("32") int answerQueue,
                      @NotNull @DefaultValue("120s") Duration answerTimeout,
                      @Min(1) @DefaultValue("10") int defaultK) {
    }

    /** Limits of ingestion: the largest file read, and how long one PDF or Office parse may take. */
    public record Ingest(@NotNull @DefaultValue("50MB") DataSize maxFileSize,
                         @NotNull @DefaultValue("2m") Duration parseTimeout) {

        /** The ingestion options with these limits. */
        public IngestOptions options() {
            return IngestOptions.defaults().withMaxBytes(maxFileSize.toBytes()).withParseTimeout(parseTimeout);
        }
    }

    /** Where thumbs up/down are appended as JSON lines. */
    public record Feedback(@NotNull @DefaultValue("./data/feedback.jsonl") Path file) {
    }
}
