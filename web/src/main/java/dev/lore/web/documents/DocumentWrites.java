package dev.lore.web.documents;

import dev.lore.index.KnowledgeIndex;
import dev.lore.ingest.IngestReport;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.PushedDocument;
import dev.lore.web.error.NotFoundException;
import dev.lore.web.sources.PushArchive;
import dev.lore.web.sources.SourceSync;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

/** Pushed writes: parsed, chunked and embedded like any source, committed before the request returns, and archived. */
@Service
class DocumentWrites {

    private final KnowledgeIndex index;
    private final Ingestion ingestion;
    private final PushArchive archive;
    private final MeterRegistry metrics;

    DocumentWrites(KnowledgeIndex index, Ingestion ingestion, PushArchive archive, MeterRegistry metrics) {
        this.index = index;
        this.ingestion = ingestion;
        this.archive = archive;
        this.metrics = metrics;
    }

    /** Ingests a pushed document; a document that cannot be read is refused with its reason and changes nothing. */
    IngestReport put(PushedDocument document) {
        IngestReport report = ingestion.push(document);
        SourceSync.count(metrics, document.source(), report);
        if (!report.succeeded() || report.documents().skipped() > 0) {
            String reason = report.errors().isEmpty()
                    ? report.skipped().stream().findFirst().map(IngestReport.Problem::message).orElse("not a readable document")
                    : report.errors().getFirst().message();
            throw new IllegalArgumentException("document '" + document.docId() + "' was not ingested: " + reason);
        }
        archive.put(document);
        return report;
    }

    void delete(String docId) {
        if (!index.delete(docId)) {
            throw new NotFoundException("no document with id '" + docId + "'");
        }
        index.commit();
        archive.remove(docId);
        metrics.counter("lore.ingest.documents", "source", "push", "outcome", "deleted").increment();
    }
}
