package dev.lore.web.cli;

import dev.lore.web.LoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * The {@code lore.*} settings for commands that run without the server: ./config/application.yml (when present),
 * overridden by environment variables such as LORE_INDEX_DIR, as the server reads them.
 */
public final class CliSettings {

    private CliSettings() {
    }

    /** Settings from {@code ./config/application.yml} and the environment. */
    public static LoreProperties load() {
        return load(Path.of("config", "application.yml"));
    }

    static LoreProperties load(Path yaml) {
        return binder(yaml).bindOrCreate("lore", Bindable.of(LoreProperties.class));
    }

    /** Where a server started from this folder listens: {@code http://localhost:${server.port}}. */
    static String localServer() {
        int port = binder(Path.of("config", "application.yml")).bind("server.port", Integer.class).orElse(8080);
        return "http://localhost:" + port;
    }

    private static Binder binder(Path yaml) {
        var sources = new ArrayList<PropertySource<?>>();
        sources.add(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new java.util.HashMap<String, Object>(System.getenv())));
        sources.add(new MapPropertySource("system", System.getProperties().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()), e -> (Object) e.getValue()))));
        if (Files.isRegularFile(yaml)) {
            try {
                sources.addAll(new YamlPropertySourceLoader().load(yaml.toString(), new FileSystemResource(yaml)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + yaml, e);
            }
        }
        Iterable<ConfigurationPropertySource> attached = ConfigurationPropertySources.from(sources);
        return new Binder(attached);
    }
}
