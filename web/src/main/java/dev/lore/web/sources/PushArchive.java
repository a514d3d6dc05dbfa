package dev.lore.web.sources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lore.ingest.PushedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps every document received through the push API (one JSON file each, beside the index folder), so a reindex can
 * re-parse pushed documents as it re-parses folders and sites.
 */
public final class PushArchive {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path folder;

    public PushArchive(Path indexDir) {
        Path absolute = indexDir.toAbsolutePath().normalize();
        this.folder = absolute.resolveSibling(absolute.getFileName() + "-pushed");
    }

    public void put(PushedDocument document) {
        try {
            Files.createDirectories(folder);
            Path file = file(document.docId());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), document);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive pushed document " + document.docId() + " in " + folder, e);
        }
    }

    public void remove(String docId) {
        try {
            Files.deleteIfExists(file(docId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove pushed document " + docId + " from " + folder, e);
        }
    }

    /** Every archived document. */
    public List<PushedDocument> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        var documents = new ArrayList<PushedDocument>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                documents.add(JSON.readValue(file.toFile(), PushedDocument.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pushed documents from " + folder, e);
        }
        return documents;
    }

    private Path file(String docId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(docId.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
