package dev.lore.web.sources;

import dev.lore.ingest.source.Source;
import dev.lore.ingest.source.SourceItem;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/** A source read from the classpath ({@code classpath*:sample/corpus/NAME/**}), so it works from the fat jar too. */
final class ClasspathSource implements Source {

    private final String name;
    private final Set<String> groups;
    private final String folder;
    private final ResourcePatternResolver resolver;

    ClasspathSource(String name, Set<String> groups, String folder, ClassLoader classLoader) {
        this.name = name;
        this.groups = Set.copyOf(groups);
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String location() {
        return "classpath:" + folder;
    }

    @Override
    public Set<String> groups() {
        return groups;
    }

    @Override
    public void items(Consumer<SourceItem> sink) throws IOException {
        Resource[] resources = resolver.getResources("classpath*:" + folder + "**");
        java.util.Arrays.sort(resources, Comparator.comparing(ClasspathSource::url));
        for (Resource resource : resources) {
            String url = url(resource);
            int at = url.lastIndexOf(folder);
            if (!resource.isReadable() || url.endsWith("/") || at < 0) {
                continue;
            }
            String path = url.substring(at + folder.length());
            sink.accept(new SourceItem(path, modified(resource), resource.contentLength(),
                    () -> {
                        try (var in = resource.getInputStream()) {
                            return in.readAllBytes();
                        }
                    }));
        }
    }

    private static Instant modified(Resource resource) {
        try {
            return Instant.ofEpochMilli(resource.lastModified());
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
