package dev.lore.index.generation;

import dev.lore.index.IndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.lucene.util.IOUtils;

/** The folders under an index root: which generations exist, the first one, and clean-up of abandoned ones. */
final class GenerationLayout {

    private final Path root;

    GenerationLayout(Path root) {
        this.root = root;
    }

    Path folder(long generation) {
        return root.resolve(GenerationPointer.folderName(generation));
    }

    /**
     * The generation to serve: the pointer's, or {@code gen-1} for a root without one (an index written directly into
     * the root by an earlier version is moved into {@code gen-1}, the segments file last so a crash is recoverable).
     */
    long prepare(GenerationPointer pointer) {
        try {
            Files.createDirectories(root);
            var named = pointer.read();
            if (named.isPresent()) {
                if (!Files.isDirectory(folder(named.getAsLong()))) {
                    throw new IndexException("index pointer in " + root + " names " + GenerationPointer.folderName(
                            named.getAsLong()) + ", which does not exist");
                }
                return named.getAsLong();
            }
            var first = Files.createDirectories(folder(1));
            moveLooseIndexFiles(first);
            pointer.write(1);
            return 1;
        } catch (IOException e) {
            throw new IndexException("cannot prepare index folder " + root + ": " + e.getMessage(), e);
        }
    }

    private void moveLooseIndexFiles(Path target) throws IOException {
        var files = new ArrayList<Path>();
        try (var list = Files.list(root)) {
            list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(GenerationPointer.FILE))
                    .forEach(files::add);
        }
        if (files.stream().noneMatch(GenerationLayout::isSegmentsFile)) {
            return;
        }
        files.sort((a, b) -> Boolean.compare(isSegmentsFile(a), isSegmentsFile(b)));
        for (var file : files) {
            Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean isSegmentsFile(Path file) {
        return file.getFileName().toString().startsWith("segments_");
    }

    /** The highest generation folder present, if any. */
    OptionalLong highest() {
        return generations().stream().mapToLong(Long::longValue).max();
    }

    /** Deletes every generation folder but the served one: leftovers of a crash during a rebuild or a retirement. */
    void deleteAllBut(long served) {
        for (long generation : generations()) {
            if (generation != served) {
                deleteFolder(folder(generation));
            }
        }
    }

    private List<Long> generations() {
        var numbers = new ArrayList<Long>();
        try (var list = Files.list(root)) {
            list.filter(Files::isDirectory)
                    .forEach(p -> GenerationPointer.parse(p.getFileName().toString()).ifPresent(numbers::add));
        } catch (IOException e) {
            throw new IndexException("cannot list index folder " + root, e);
        }
        return numbers;
    }

    static void deleteFolder(Path folder) {
        try {
            IOUtils.rm(folder);
        } catch (IOException e) {
            throw new IndexException("cannot delete old index generation " + folder + ": " + e.getMessage(), e);
        }
    }
}
