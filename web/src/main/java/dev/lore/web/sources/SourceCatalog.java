package dev.lore.web.sources;

import dev.lore.ingest.DocumentInfo;
import dev.lore.ingest.source.Source;
import dev.lore.ingest.source.SourceDefinition;
import dev.lore.web.LoreProperties;
import dev.lore.web.error.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources Lore syncs and reindexes from: those of {@code lore.sources}, plus the bundled sample corpus
 * (handbook for everyone, hr for group hr, finance for group finance) when {@code lore.sample.enabled} is true.
 */
public final class SourceCatalog {

    /** Folders of the bundled sample corpus and the groups allowed to read them. */
    static final Map<String, Set<String>> SAMPLE = sampleSources();

    private final Map<String, SourceDefinition> configured = new LinkedHashMap<>();
    private final boolean sampleEnabled;
    private final long maxBytes;

    public SourceCatalog(LoreProperties properties, long maxBytes) {
        for (SourceDefinition source : properties.sources()) {
            if (configured.putIfAbsent(source.name(), source) != null) {
                throw new IllegalArgumentException("lore.sources: source '" + source.name() + "' is listed twice");
            }
        }
        this.sampleEnabled = properties.sample().enabled();
        this.maxBytes = maxBytes;
    }

    private static Map<String, Set<String>> sampleSources() {
        var sample = new LinkedHashMap<String, Set<String>>();
        sample.put("handbook", Set.of(DocumentInfo.EVERYONE));
        sample.put("hr", Set.of("hr"));
        sample.put("finance", Set.of("finance"));
        return sample;
    }

    /** Names of every source, configured ones first. */
    public List<String> names() {
        var names = new java.util.ArrayList<>(configured.keySet());
        if (sampleEnabled) {
            SAMPLE.keySet().stream().filter(name -> !configured.containsKey(name)).forEach(names::add);
        }
        return names;
    }

    /** The bundled sample sources (empty when disabled or shadowed by a configured source of the same name). */
    public List<String> sampleNames() {
        return sampleEnabled ? SAMPLE.keySet().stream().filter(name -> !configured.containsKey(name)).toList() : List.of();
    }

    /** Opens the named source; 404 when there is none. */
    public Source open(String name) {
        SourceDefinition definition = configured.get(name);
        if (definition != null) {
            return definition.open(maxBytes);
        }
        if (sampleEnabled && SAMPLE.containsKey(name)) {
            return new ClasspathSource(name, SAMPLE.get(name), "sample/corpus/" + name,
                    SourceCatalog.class.getClassLoader());
        }
        throw new NotFoundException("no source named '" + name + "'; configured: " + names());
    }

    /** Groups that may read a source's documents. */
    public Set<String> groups(String name) {
        SourceDefinition definition = configured.get(name);
        return definition != null ? definition.groups() : SAMPLE.getOrDefault(name, Set.of());
    }
}
