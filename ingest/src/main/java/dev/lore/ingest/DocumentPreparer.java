package dev.lore.ingest;

import dev.lore.ingest.chunk.Chunker;
import dev.lore.ingest.parse.DocumentParser;
import dev.lore.ingest.parse.ParsedDocument;
import dev.lore.ingest.source.Source;
import dev.lore.ingest.source.SourceItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads, hashes, parses and chunks one document; never throws for bad input. Thread-safe. */
final class DocumentPreparer {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPreparer.class);

    private final DocumentStore store;
    private final DocumentParser parser;
    private final Chunker chunker;
    private final String settings;

    /** @param settings what else shapes the index entry (chunking options): a change re-ingests everything */
    DocumentPreparer(DocumentStore store, DocumentParser parser, Chunker chunker, String settings) {
        this.store = store;
        this.parser = parser;
        this.chunker = chunker;
        this.settings = settings;
    }

    PreparedDocument prepare(Source source, SourceItem item) {
        var path = item.path();
        try {
            if (item.size() > parser.maxBytes()) {
                throw new IngestException("oversized: " + item.size() + " bytes exceeds the limit of " + parser.maxBytes());
            }
            var bytes = item.content().read();
            var docId = source.name() + ":" + path;
            var hash = fingerprint(bytes, source.groups());
            var stored = store.contentHash(docId);
            if (stored.isPresent() && stored.get().equals(hash)) {
                return new PreparedDocument.Unchanged(path);
            }
            var parsed = parser.parse(path, bytes);
            var groups = parsed.groups().isEmpty() ? source.groups() : parsed.groups();
            var info = new DocumentInfo(docId, source.name(), path, parsed.title(), groups, hash, item.modified());
            return ready(path, info, parsed, stored.isEmpty());
        } catch (UnsupportedContentException e) {
            return new PreparedDocument.Skipped(path, e.getMessage());
        } catch (IngestException e) {
            return new PreparedDocument.Failed(path, e.getMessage());
        } catch (IOException e) {
            return new PreparedDocument.Failed(path, "unreadable: " + e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One pathological file must not end the batch; its garbage is collectable once we return.
            LOG.warn("unexpected failure on {}", path, e);
            return new PreparedDocument.Failed(path, "cannot parse (" + e + ")");
        }
    }

    PreparedDocument prepare(PushedDocument pushed) {
        var path = pushed.uri().isEmpty() ? pushed.docId() : pushed.uri();
        try {
            var bytes = pushed.bytes() != null ? pushed.bytes()
                    : (pushed.text() != null ? pushed.text() : pushed.html()).getBytes(StandardCharsets.UTF_8);
            var hash = fingerprint(bytes, pushed.groups());
            var stored = store.contentHash(pushed.docId());
            if (stored.isPresent() && stored.get().equals(hash)) {
                return new PreparedDocument.Unchanged(path);
            }
            var parsed = pushed.bytes() != null ? parser.parse(pushed.fileName(), pushed.bytes())
                    : parser.parseText(pushed.title(), pushed.text() != null ? pushed.text() : pushed.html(), pushed.html() != null);
            var title = pushed.title() == null || pushed.title().isBlank() ? parsed.title() : pushed.title();
            var groups = pushed.groups().isEmpty() ? parsed.groups() : pushed.groups();
            var info = new DocumentInfo(pushed.docId(), pushed.source(), pushed.uri(), title, groups, hash, pushed.modified());
            return ready(path, info, parsed, stored.isEmpty());
        } catch (UnsupportedContentException e) {
            return new PreparedDocument.Skipped(path, e.getMessage());
        } catch (IngestException e) {
            return new PreparedDocument.Failed(path, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One pathological file must not end the batch; its garbage is collectable once we return.
            LOG.warn("unexpected failure on {}", path, e);
            return new PreparedDocument.Failed(path, "cannot parse (" + e + ")");
        }
    }

    private PreparedDocument ready(String path, DocumentInfo info, ParsedDocument parsed, boolean isNew) {
        var chunks = chunker.chunk(info.docId(), parsed);
        if (chunks.isEmpty()) {
            return new PreparedDocument.Failed(path, "no text found");
        }
        return new PreparedDocument.Ready(path, info, chunks, isNew);
    }

    /** sha-256 of the bytes and of the groups and settings: a change to either re-ingests the document. */
    private String fingerprint(byte[] bytes, Set<String> groups) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            digest.update((byte) 0);
            digest.update(String.join(",", new TreeSet<>(groups)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(settings.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
