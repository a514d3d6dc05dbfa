package dev.lore.web.sources;

import dev.lore.index.KnowledgeIndex;
import dev.lore.web.LoreProperties;
import dev.lore.web.security.ConfiguredUsers;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.stereotype.Component;

/**
 * On start with an empty index: ingests every source, the bundled sample corpus included when
 * {@code lore.sample.enabled}; then prints where to sign in and the configured users.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final KnowledgeIndex index;
    private final SourceCatalog catalog;
    private final SourceSync sync;
    private final ConfiguredUsers users;
    private final WebServerApplicationContext context;
    private final LoreProperties properties;

    FirstStart(KnowledgeIndex index, SourceCatalog catalog, SourceSync sync, ConfiguredUsers users,
               WebServerApplicationContext context, LoreProperties properties) {
        this.index = index;
        this.catalog = catalog;
        this.sync = sync;
        this.users = users;
        this.context = context;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!catalog.names().isEmpty() && index.stats().documents() == 0) {
            log.info("empty index at {}: ingesting the sources {} (bundled sample: {})", properties.index().dir(),
                    catalog.names(), catalog.sampleNames());
            for (String name : catalog.names()) {
                sync.sync(name);
            }
        }
        var stats = index.stats();
        String userList = users.all().stream()
                .map(u -> "  " + u.name() + "  groups " + u.groups() + (u.roles().isEmpty() ? "" : "  roles " + u.roles()))
                .collect(Collectors.joining("\n"));
        log.info("""

                Lore is ready: {} documents, {} chunks (index {}, generation {})
                  Chat:    http://localhost:{}/
                  API:     http://localhost:{}/swagger-ui.html
                Sign in as one of the configured users (lore.security.users; demo passwords equal the names in the
                development config/application.yml, e.g. alice / alice):
                {}""", stats.documents(), stats.chunks(), properties.index().dir(), stats.generation(),
                context.getWebServer().getPort(), context.getWebServer().getPort(), userList);
    }
}
