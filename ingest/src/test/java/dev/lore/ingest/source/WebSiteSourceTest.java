package dev.lore.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebSiteSourceTest {

    private static final Map<String, String> PAGES = Map.of(
            "/robots.txt", "User-agent: *\nDisallow: /private/\n",
            "/", "<html><body><a href='/a'>A</a> <a href='/b#top'>B</a> <a href='/private/secret'>S</a>"
                    + " <a href='https://elsewhere.example/x'>X</a> <a href='/guide.txt'>guide</a></body></html>",
            "/moved", "<html><body><a href='/b'>B</a> <a href='/old'>old B</a> <a href='/broken'>broken</a></body></html>",
            "/a", "<html><body><a href='/a/deep'>deeper</a> <a href='/'>home</a></body></html>",
            "/b", "<html><body><p>Page B</p></body></html>",
            "/a/deep", "<html><body><a href='/a/deeper'>deeper still</a></body></html>",
            "/a/deeper", "<html><body>too deep</body></html>",
            "/private/secret", "<html><body>secret</body></html>",
            "/guide.txt", "A plain text guide.");

    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private URI seed;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            requested.add(path);
            if (path.equals("/old") || path.equals("/broken")) {
                if (path.equals("/old")) {
                    exchange.getResponseHeaders().add("Location", "/b");
                }
                exchange.sendResponseHeaders(path.equals("/old") ? 301 : 500, -1);
                exchange.close();
                return;
            }
            var body = PAGES.get(path);
            var bytes = body == null ? "not found".getBytes(StandardCharsets.UTF_8) : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        seed = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private List<String> crawl(int maxDepth, int maxPages) throws IOException {
        var source = new WebSiteSource("intranet", Set.of("everyone"), seed, maxDepth, maxPages, Duration.ofMillis(5), 1_000_000);
        var paths = new ArrayList<String>();
        source.items(item -> paths.add(URI.create(item.path()).getPath()));
        return paths;
    }

    @Test
    void crawlsSameHostBreadthFirstWithinDepthAndObeysRobotsTxt() throws IOException {
        var paths = crawl(2, 100);

        assertThat(paths).containsExactly("/", "/a", "/b", "/guide.txt", "/a/deep");
        assertThat(requested).doesNotContain("/private/secret", "/a/deeper");
    }

    @Test
    void stopsAtTheMaximumNumberOfPages() throws IOException {
        assertThat(crawl(5, 2)).containsExactly("/", "/a");
    }

    @Test
    void redirectsToAKnownPageGiveOneDocumentAndServerErrorsGiveAFailingItem() throws IOException {
        var source = new WebSiteSource("intranet", Set.of(), seed.resolve("/moved"), 1, 100, Duration.ZERO, 1_000_000);
        var paths = new ArrayList<String>();
        var failures = new ArrayList<String>();
        source.items(item -> {
            paths.add(URI.create(item.path()).getPath());
            try {
                item.content().read();
            } catch (IOException e) {
                failures.add(e.getMessage());
            }
        });

        assertThat(paths).containsExactly("/moved", "/b", "/broken");
        assertThat(failures).singleElement().asString().startsWith("HTTP 500");
    }

    @Test
    void depthZeroFetchesOnlyTheSeed() throws IOException {
        assertThat(crawl(0, 100)).containsExactly("/");
    }

    @Test
    void itemsCarryTheFetchedBytes() throws IOException {
        var source = new WebSiteSource("intranet", Set.of(), seed, 1, 100, Duration.ZERO, 1_000_000);
        var contents = new ArrayList<String>();
        source.items(item -> {
            if (item.path().endsWith("/guide.txt")) {
                try {
                    contents.add(new String(item.content().read(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertThat(contents).containsExactly("A plain text guide.");
    }

    @Test
    void unreachableSeedFailsTheListing() {
        server.stop(0);
        var source = new WebSiteSource("intranet", Set.of(), seed, 1, 10, Duration.ZERO, 1_000);

        assertThatThrownBy(() -> source.items(item -> { })).isInstanceOf(IOException.class).hasMessageContaining(seed.getHost());
    }
}
