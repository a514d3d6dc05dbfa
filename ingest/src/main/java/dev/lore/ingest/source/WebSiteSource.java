package dev.lore.ingest.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * An intranet web site, crawled breadth-first from a seed URL: same host only, up to a link depth and a number of
 * pages, obeying robots.txt and waiting a politeness delay between requests. HTML pages are followed for links;
 * every fetched page or file (PDF, DOCX, ...) is a document whose path is its URL.
 */
public final class WebSiteSource implements Source {

    static final String USER_AGENT = "LoreBot";

    private final String name;
    private final Set<String> groups;
    private final URI seed;
    private final int maxDepth;
    private final int maxPages;
    private final Duration delay;
    private final long maxBytes;
    private final HttpClient http;

    /**
     * @param maxDepth links followed from the seed (0: the seed page only)
     * @param maxPages pages fetched at most
     * @param delay pause between two requests (robots.txt Crawl-delay wins when longer, up to 30 s)
     * @param maxBytes a response is read up to this size; longer ones are reported oversized
     */
    public WebSiteSource(String name, Set<String> groups, URI seed, int maxDepth, int maxPages, Duration delay, long maxBytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.groups = Set.copyOf(groups);
        this.seed = withoutFragment(Objects.requireNonNull(seed, "seed"));
        if (seed.getHost() == null || !List.of("http", "https").contains(String.valueOf(seed.getScheme()).toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("seed must be an http(s) URL, was " + seed);
        }
        if (maxDepth < 0 || maxPages < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 0 and maxPages >= 1, were " + maxDepth + ", " + maxPages);
        }
        this.maxDepth = maxDepth;
        this.maxPages = maxPages;
        this.delay = Objects.requireNonNull(delay, "delay");
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String location() {
        return seed.toString();
    }

    @Override
    public Set<String> groups() {
        return groups;
    }

    @Override
    public void items(Consumer<SourceItem> sink) throws IOException {
        var robots = robots();
        var pause = robots.getCrawlDelay() > 0 && robots.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY
                ? Duration.ofMillis(Math.max(delay.toMillis(), Math.min(robots.getCrawlDelay(), 30_000))) : delay;
        var seen = new HashSet<URI>();
        var frontier = new ArrayDeque<Link>();
        frontier.add(new Link(seed, 0));
        seen.add(seed);
        var fetched = 0;
        while (!frontier.isEmpty() && fetched < maxPages) {
            var link = frontier.removeFirst();
            if (!robots.isAllowed(link.uri().toString())) {
                continue;
            }
            pause(fetched == 0 ? Duration.ZERO : pause);
            fetched++;
            Page page;
            try {
                page = fetch(link.uri());
            } catch (IOException e) {
                if (link.depth() == 0) {
                    throw new IOException("cannot fetch seed " + link.uri() + ": " + e.getMessage(), e);
                }
                sink.accept(new SourceItem(link.uri().toString(), Instant.EPOCH, -1, () -> {
                    throw e;
                }));
                continue;
            }
            if (page.status() >= 500 && link.depth() == 0) {
                throw new IOException("seed " + link.uri() + " answered HTTP " + page.status());
            }
            if (page.status() >= 500 || page.status() == 429) {
                var failure = new IOException("HTTP " + page.status() + " from " + link.uri());
                sink.accept(new SourceItem(link.uri().toString(), Instant.EPOCH, -1, () -> {
                    throw failure;
                }));
                continue;
            }
            if (page.status() != 200 || !sameHost(page.uri())) {
                continue;
            }
            var bytes = page.body();
            sink.accept(new SourceItem(page.uri().toString(), page.modified(), bytes.length, () -> bytes));
            if (page.isHtml() && link.depth() < maxDepth) {
                for (var target : links(page)) {
                    if (seen.add(target)) {
                        frontier.addLast(new Link(target, link.depth() + 1));
                    }
                }
            }
        }
    }

    private BaseRobotRules robots() throws IOException {
        var parser = new SimpleRobotRulesParser();
        var robotsTxt = seed.resolve("/robots.txt");
        try {
            var page = fetch(robotsTxt);
            if (page.status() == 200) {
                return parser.parseContent(robotsTxt.toString(), page.body(), "text/plain", List.of(USER_AGENT.toLowerCase(Locale.ROOT)));
            }
            return parser.failedFetch(page.status());
        } catch (IOException e) {
            throw new IOException("cannot fetch " + robotsTxt + ": " + e.getMessage(), e);
        }
    }

    private Page fetch(URI uri) throws IOException {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("User-Agent", USER_AGENT).GET().build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (var body = response.body()) {
                var bytes = readAtMost(body, maxBytes + 1);
                var type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                var modified = response.headers().firstValue("Last-Modified").map(WebSiteSource::httpDate).orElse(Instant.EPOCH);
                return new Page(withoutFragment(response.uri()), response.statusCode(), type, modified, bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    private List<URI> links(Page page) {
        var document = Jsoup.parse(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8), page.uri().toString());
        return document.select("a[href]").stream()
                .map(a -> a.absUrl("href"))
                .filter(href -> href.startsWith("http://") || href.startsWith("https://"))
                .map(WebSiteSource::parse)
                .filter(Objects::nonNull)
                .map(WebSiteSource::withoutFragment)
                .filter(this::sameHost)
                .toList();
    }

    private boolean sameHost(URI uri) {
        return seed.getHost().equalsIgnoreCase(uri.getHost()) && port(seed) == port(uri);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI parse(String href) {
        try {
            return URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getFragment() == null) {
            return uri;
        }
        var text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static Instant httpDate(String value) {
        try {
            return java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (java.time.DateTimeException e) {
            return Instant.EPOCH;
        }
    }

    private static void pause(Duration duration) throws IOException {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("crawl interrupted", e);
        }
    }

    private record Link(URI uri, int depth) {
    }

    private record Page(URI uri, int status, String contentType, Instant modified, byte[] body) {

        boolean isHtml() {
            return contentType.contains("html");
        }
    }
}
