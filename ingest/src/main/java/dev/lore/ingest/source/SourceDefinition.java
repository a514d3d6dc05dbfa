package dev.lore.ingest.source;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A configured source, as bound from {@code lore.sources[i]} in {@code config/application.yml} or built from the
 * command line. Optional fields may be null and take their defaults.
 *
 * @param name source name, the prefix of its document ids
 * @param type folder or web
 * @param location folder path or seed URL
 * @param groups groups allowed to read it; empty means {@code everyone}
 * @param include globs of files to take (folder only); empty for all
 * @param exclude globs of files to leave out (folder only)
 * @param maxDepth links followed from the seed (web only), default 3
 * @param maxPages pages fetched at most (web only), default 1000
 * @param delay pause between requests (web only), default 500 ms
 */
public record SourceDefinition(String name, SourceType type, String location, Set<String> groups, List<String> include,
                               List<String> exclude, Integer maxDepth, Integer maxPages, Duration delay) {

    public SourceDefinition {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("source " + name + ": location must not be blank");
        }
        type = type != null ? type : isUrl(location) ? SourceType.WEB : SourceType.FOLDER;
        name = name != null && !name.isBlank() ? name.strip() : defaultName(type, location);
        if (name.contains(":")) {
            throw new IllegalArgumentException("source name must not contain ':', was " + name);
        }
        groups = groups == null || groups.isEmpty() ? Set.of("everyone") : Set.copyOf(groups);
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        maxDepth = maxDepth == null ? 3 : maxDepth;
        maxPages = maxPages == null ? 1000 : maxPages;
        delay = delay == null ? Duration.ofMillis(500) : delay;
    }

    /** A source for a path or URL given on the command line; name and groups may be null for defaults. */
    public static SourceDefinition of(String location, String name, Set<String> groups) {
        return new SourceDefinition(name, null, location, groups, null, null, null, null, null);
    }

    /** This definition taking only the files matching {@code include} and none matching {@code exclude}. */
    public SourceDefinition withGlobs(List<String> include, List<String> exclude) {
        if (type == SourceType.WEB && (!include.isEmpty() || !exclude.isEmpty())) {
            throw new IllegalArgumentException("include and exclude globs apply to folders, not to the site " + location);
        }
        return new SourceDefinition(name, type, location, groups, include, exclude, maxDepth, maxPages, delay);
    }

    /** The connector for this definition; {@code maxBytes} bounds a web response. */
    public Source open(long maxBytes) {
        return switch (type) {
            case FOLDER -> new FolderSource(name, groups, Path.of(location), include, exclude);
            case WEB -> new WebSiteSource(name, groups, URI.create(location), maxDepth, maxPages, delay, maxBytes);
        };
    }

    private static boolean isUrl(String location) {
        var lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The folder's name, or the site's host. */
    private static String defaultName(SourceType type, String location) {
        if (type == SourceType.WEB) {
            return URI.create(location).getHost();
        }
        var fileName = Path.of(location).toAbsolutePath().normalize().getFileName();
        return fileName == null ? "files" : fileName.toString();
    }
}
