package dev.lore.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** A DocumentStore test double that keeps documents in maps and counts commits. */
final class InMemoryDocumentStore implements DocumentStore {

    final Map<String, DocumentInfo> documents = new ConcurrentHashMap<>();
    final Map<String, List<EmbeddedChunk>> chunks = new ConcurrentHashMap<>();
    int commits;

    @Override
    public Optional<String> contentHash(String docId) {
        return Optional.ofNullable(documents.get(docId)).map(DocumentInfo::contentHash);
    }

    @Override
    public Set<String> documentIds(String source) {
        return documents.values().stream().filter(d -> d.source().equals(source)).map(DocumentInfo::docId)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized void replace(DocumentInfo document, List<EmbeddedChunk> embedded) {
        documents.put(document.docId(), document);
        chunks.put(document.docId(), List.copyOf(embedded));
    }

    @Override
    public synchronized boolean delete(String docId) {
        chunks.remove(docId);
        return documents.remove(docId) != null;
    }

    @Override
    public synchronized void commit() {
        commits++;
    }

    /** All chunk texts, to check what a search could find. */
    List<String> texts() {
        return chunks.values().stream().flatMap(List::stream).map(e -> e.chunk().text()).toList();
    }
}
