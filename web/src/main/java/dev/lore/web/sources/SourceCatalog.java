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
 * The sources Lore syncs and reindexes from: those of {@code lore.sources}, the bundled sample corpus (handbook for
 * everyone, hr for group hr, finance for group finance) when {@code lore.sample.enabled} is true, and folders or sites
 * ingested from the command line (remembered in the {@link SyncLog}).
 */
public final class SourceCatalog {

    /** Folders of the bundled sample corpus and the groups allowed to read them. */
    static final Map<String, Set<String>> SAMPLE = sampleSources();

    private final Map<String, SourceDefinition> configured = new LinkedHashMap<>();
    private final boolean sampleEnabled;
    private final long maxBytes;

    private final SyncLog syncLog;

    public SourceCatalog(LoreProperties properties, long maxBytes, SyncLog syncLog) {
        for (SourceDefinition source : properties.sources()) {
            if (configured.putIfAbsent(source.name(), source) != null) {
                throw new IllegalArgumentException("lore.sources: source '" + source.name() + "' is listed twice");
            }
        }
        this.sampleEnabled = properties.sample().enabled();
        this.maxBytes = maxBytes;
        this.syncLog = syncLog;
    }

    /** Sources ingested from the command line ({@code lore ingest PATH}) that configuration does not define. */
    private Map<String, SourceDefinition> ingested() {
        var ingested = new LinkedHashMap<String, SourceDefinition>();
        syncLog.read().values().stream()
                .filter(entry -> entry.location() != null && !configured.containsKey(entry.source())
                        && !sampleNames().contains(entry.source()))
                .forEach(entry -> ingested.put(entry.source(),
                        SourceDefinition.of(entry.location(), entry.source(), entry.groups())
                                .withGlobs(entry.include(), entry.exclude())));
        return ingested;
    }

    private static Map<String, Set<String>> sampleSources() {
        var sample = new LinkedHashMap<String, Set<String>>();
        sample.put("handbook", Set.of(DocumentInfo.EVERYONE));
        sample.put("hr", Set.of("hr"));
        sample.put("finance", Set.of("finance"));
        return sample;
    }

    /** Names of every source: configured ones, then the bundled sample, then those ingested from the command line. */
    public List<String> names() {
        var names = new java.util.ArrayList<>(configured.keySet());
        names.addAll(sampleNames());
        names.addAll(ingested().keySet());
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
        SourceDefinition ingested = ingested().get(name);
        if (ingested != null) {
            return ingested.open(maxBytes);
        }
        throw new NotFoundException("no source named '" + name + "'; configured: " + names());
    }

    /** Groups that may read a source's documents. */
    public Set<String> groups(String name) {
        SourceDefinition definition = configured.containsKey(name) ? configured.get(name) : ingested().get(name);
        return definition != null ? definition.groups() : SAMPLE.getOrDefault(name, Set.of());
    }
}
