package dev.lore.web.documents;

import dev.lore.index.Hit;
import dev.lore.index.KnowledgeIndex;
import dev.lore.ingest.DocumentInfo;
import dev.lore.web.error.NotFoundException;
import dev.lore.web.security.Caller;
import java.util.List;
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

    @DeleteMapping("/api/v1/documents/{*id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        writes.delete(DocumentIds.fromPath(id));
        return ResponseEntity.noContent().build();
    }
}
