package dev.lore.web.documents;

import dev.lore.index.KnowledgeIndex;
import dev.lore.web.error.NotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

/** Pushed writes: each one is committed before the request returns. */
@Service
class DocumentWrites {

    private final KnowledgeIndex index;
    private final MeterRegistry metrics;

    DocumentWrites(KnowledgeIndex index, MeterRegistry metrics) {
        this.index = index;
        this.metrics = metrics;
    }

    void delete(String docId) {
        if (!index.delete(docId)) {
            throw new NotFoundException("no document with id '" + docId + "'");
        }
        index.commit();
        metrics.counter("lore.ingest.documents", "outcome", "deleted", "source", "push").increment();
    }
}
