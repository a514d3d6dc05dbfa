package dev.lore.ingest.source;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.URI;
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

    private final String name;
    private final Set<String> groups;
    private final URI seed;
    private final int maxDepth;
    private final int maxPages;
    private final Duration delay;
    private final PageFetcher fetcher;

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
        this.fetcher = new PageFetcher(maxBytes);
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
        var robots = fetcher.robots(seed);
        var pause = robots.getCrawlDelay() > 0 && robots.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY
                ? Duration.ofMillis(Math.max(delay.toMillis(), Math.min(robots.getCrawlDelay(), 30_000))) : delay;
        var seen = new HashSet<URI>();
        var emitted = new HashSet<URI>();
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
            PageFetcher.Page page;
            try {
                page = fetcher.fetch(link.uri());
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
            var uri = withoutFragment(page.uri());
            // Two links may redirect to one page: it is still one document.
            if (page.status() != 200 || !sameHost(uri) || !emitted.add(uri)) {
                continue;
            }
            var bytes = page.body();
            sink.accept(new SourceItem(uri.toString(), page.modified(), bytes.length, () -> bytes));
            if (page.isHtml() && link.depth() < maxDepth) {
                for (var target : links(page)) {
                    if (seen.add(target)) {
                        frontier.addLast(new Link(target, link.depth() + 1));
                    }
                }
            }
        }
    }

    private List<URI> links(PageFetcher.Page page) {
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
}
