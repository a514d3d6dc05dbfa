package dev.lore.web.openai;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API keys kept durably in one JSON file: each key is shown once when created and stored only as its SHA-256 hash
 * (a key carries 256 random bits, so a fast hash suffices); revoking removes it.
 */
final class ApiKeyStore {

    /** What is stored about a key; never the key itself. */
    record StoredKey(String id, String user, String hash, Instant created) {
    }

    /** A freshly created key, the only time its clear text exists. */
    record IssuedKey(String id, String user, String key, Instant created) {
    }

    private static final String PREFIX = "lore-";

    private final Path file;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<StoredKey> keys;

    ApiKeyStore(Path file, ObjectMapper json, Clock clock) {
        this.file = file;
        this.json = json;
        this.clock = clock;
        this.keys = new ArrayList<>(load());
    }

    synchronized IssuedKey create(String user) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] id = new byte[6];
        random.nextBytes(id);
        var stored = new StoredKey(HexFormat.of().formatHex(id), user, hash(key), clock.instant());
        keys.add(stored);
        save();
        return new IssuedKey(stored.id(), user, key, stored.created());
    }

    synchronized List<StoredKey> list() {
        return List.copyOf(keys);
    }

    /** Removes a key; false when there is none with this id. */
    synchronized boolean revoke(String id) {
        boolean removed = keys.removeIf(k -> k.id().equals(id));
        if (removed) {
            save();
        }
        return removed;
    }

    /** The stored key matching a presented clear-text key. */
    synchronized Optional<StoredKey> find(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] hash = hash(presented).getBytes(StandardCharsets.US_ASCII);
        return keys.stream()
                .filter(k -> MessageDigest.isEqual(hash, k.hash().getBytes(StandardCharsets.US_ASCII)))
                .findFirst();
    }

    private List<StoredKey> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), new TypeReference<List<StoredKey>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API keys from " + file + ": " + e.getMessage(), e);
        }
    }

    private void save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "api-keys", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the folder's own permissions protect the hashes.
            }
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), keys);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write API keys to " + file + ": " + e.getMessage(), e);
        }
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
