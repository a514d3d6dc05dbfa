package dev.lore.web.documents;

import dev.lore.index.Hit;
import dev.lore.index.KnowledgeIndex;
import dev.lore.ingest.DocumentInfo;
import dev.lore.web.error.NotFoundException;
import dev.lore.web.security.Caller;
import dev.lore.ingest.IngestReport;
import dev.lore.ingest.PushedDocument;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading and deleting documents: {@code GET /api/v1/documents?source=}, {@code GET /api/v1/documents/{id}} (the
 * document view citations link to) and {@code DELETE /api/v1/documents/{id}}. Ids may contain slashes
 * ({@code handbook:it/vpn.md}).
 */
@RestController
class DocumentController {

    /** A document and its passages in order. */
    record DocumentView(DocumentInfo document, List<Hit> chunks) {
    }

    /** What a push did to the document. */
    record PushResult(String docId, String status, long chunks) {
        static PushResult of(String docId, IngestReport report) {
            var d = report.documents();
            String status = d.added() > 0 ? "added" : d.updated() > 0 ? "updated" : "unchanged";
            return new PushResult(docId, status, report.chunks());
        }
    }

    private static String source(String source) {
        return source == null || source.isBlank() ? "push" : source.strip();
    }

    private final KnowledgeIndex index;
    private final DocumentWrites writes;

    DocumentController(KnowledgeIndex index, DocumentWrites writes) {
        this.index = index;
        this.writes = writes;
    }

    @GetMapping("/api/v1/documents")
    List<DocumentInfo> list(@RequestParam(required = false) String source, Authentication authentication) {
        return index.documents(source == null || source.isBlank() ? null : source, Caller.of(authentication).groups());
    }

    @GetMapping("/api/v1/documents/{*id}")
    DocumentView get(@PathVariable String id, Authentication authentication) {
        String docId = DocumentIds.fromPath(id);
        var groups = Caller.of(authentication).groups();
        DocumentInfo document = index.document(docId, groups)
                .orElseThrow(() -> new NotFoundException("no document with id '" + docId + "'"));
        return new DocumentView(document, index.chunks(docId, groups));
    }

    /** Adds or replaces a document from JSON ({@code text} or {@code html}). */
    @PutMapping(value = "/api/v1/documents/{*id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    PushResult putJson(@PathVariable String id, @Valid @RequestBody PushRequest request) {
        String docId = DocumentIds.fromPath(id);
        boolean hasText = request.text() != null && !request.text().isBlank();
        boolean hasHtml = request.html() != null && !request.html().isBlank();
        if (hasText == hasHtml) {
            throw new IllegalArgumentException(hasText ? "give only one of the fields 'text' and 'html'"
                    : "field 'text' (or 'html') is required");
        }
        String source = source(request.source());
        var document = hasText
                ? PushedDocument.ofText(docId, source, request.url(), request.title(), request.groups(), request.text())
                : PushedDocument.ofHtml(docId, source, request.url(), request.title(), request.groups(), request.html());
        return PushResult.of(docId, writes.put(document));
    }

    /** Adds or replaces a document from an uploaded file (PDF, DOCX, HTML, Markdown, ...). */
    @PutMapping(value = "/api/v1/documents/{*id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PushResult putFile(@PathVariable String id, @RequestPart("file") MultipartFile file,
                       @RequestParam(required = false) String title, @RequestParam(required = false) String source,
                       @RequestParam(required = false) String url,
                       @RequestParam(required = false) List<String> groups) throws IOException {
        String docId = DocumentIds.fromPath(id);
        if (file.isEmpty()) {
            throw new IllegalArgumentException("part 'file' is empty");
        }
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? docId : file.getOriginalFilename();
        var document = PushedDocument.ofFile(docId, source(source), url, title,
                groups == null ? Set.of() : new HashSet<>(groups), file.getBytes(), fileName);
        return PushResult.of(docId, writes.put(document));
    }

    @DeleteMapping("/api/v1/documents/{*id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        writes.delete(DocumentIds.fromPath(id));
        return ResponseEntity.noContent().build();
    }
}
