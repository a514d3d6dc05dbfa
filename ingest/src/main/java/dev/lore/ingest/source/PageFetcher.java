package dev.lore.ingest.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** HTTP GET for the crawler: identifies itself, follows redirects, reads at most a size limit, reads robots.txt. */
final class PageFetcher {

    static final String USER_AGENT = "LoreBot";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final long maxBytes;

    /** @param maxBytes bodies are read up to one byte beyond this, so an oversized page is recognized as such */
    PageFetcher(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A fetched response: final URI after redirects, status, content type, Last-Modified and body. */
    record Page(URI uri, int status, String contentType, Instant modified, byte[] body) {

        boolean isHtml() {
            return contentType.contains("html");
        }
    }

    Page fetch(URI uri) throws IOException {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("User-Agent", USER_AGENT).GET().build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (var body = response.body()) {
                var bytes = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                var type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                var modified = response.headers().firstValue("Last-Modified").map(PageFetcher::httpDate).orElse(Instant.EPOCH);
                return new Page(response.uri(), response.statusCode(), type, modified, bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }

    /** The site's robots.txt rules for LoreBot; a missing file allows everything, a server error defers the crawl. */
    BaseRobotRules robots(URI site) throws IOException {
        var parser = new SimpleRobotRulesParser();
        var robotsTxt = site.resolve("/robots.txt");
        try {
            var page = fetch(robotsTxt);
            if (page.status() == 200) {
                return parser.parseContent(robotsTxt.toString(), page.body(), "text/plain",
                        List.of(USER_AGENT.toLowerCase(Locale.ROOT)));
            }
            return parser.failedFetch(page.status());
        } catch (IOException e) {
            throw new IOException("cannot fetch " + robotsTxt + ": " + e.getMessage(), e);
        }
    }

    private static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            return Instant.EPOCH;
        }
    }
}
