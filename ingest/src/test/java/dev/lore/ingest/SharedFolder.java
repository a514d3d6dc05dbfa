package dev.lore.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared data folder: {@code lore.shared.dir}, else a {@code shared} folder beside an ancestor (worktrees). */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Optional<Path> find(String relative) {
        var property = System.getProperty("lore.shared.dir");
        if (property != null && Files.isDirectory(Path.of(property, relative))) {
            return Optional.of(Path.of(property, relative));
        }
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared").resolve(relative);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
