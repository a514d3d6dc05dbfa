package dev.lore.web.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.web.LoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Appends feedback as JSON lines to {@code lore.feedback.file}, flushed to disk before the request returns. */
@Component
class FeedbackStore {

    private final Path file;
    private final ObjectMapper json;

    FeedbackStore(LoreProperties properties, ObjectMapper json) {
        this.file = properties.feedback().file();
        this.json = json;
    }

    synchronized void append(FeedbackEntry entry) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            String line = json.writeValueAsString(entry) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append feedback to " + file, e);
        }
    }

    /** The newest entries first, at most {@code limit}. */
    synchronized List<FeedbackEntry> newest(int limit) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            var entries = new ArrayList<FeedbackEntry>();
            for (int i = lines.size() - 1; i >= 0 && entries.size() < limit; i--) {
                if (!lines.get(i).isBlank()) {
                    entries.add(json.readValue(lines.get(i), FeedbackEntry.class));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feedback from " + file, e);
        }
    }
}
