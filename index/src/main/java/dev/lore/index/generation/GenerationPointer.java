package dev.lore.index.generation;

import dev.lore.index.IndexException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.apache.lucene.util.IOUtils;

/**
 * The small file in the index root that names the generation being served ({@code gen-<n>}); replaced atomically
 * (write a temporary file, fsync, rename over), so a crash leaves either the old or the new name, never half of one.
 */
final class GenerationPointer {

    static final String FILE = "CURRENT_GENERATION";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d+)");

    private final Path root;

    GenerationPointer(Path root) {
        this.root = root;
    }

    static String folderName(long generation) {
        return "gen-" + generation;
    }

    /** The generation number of a folder named {@code gen-<n>}, if it is one. */
    static OptionalLong parse(String folderName) {
        var matcher = GENERATION.matcher(folderName);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    OptionalLong read() {
        var file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        try {
            var name = Files.readString(file, StandardCharsets.UTF_8).trim();
            var generation = parse(name);
            if (generation.isEmpty()) {
                throw new IndexException("index pointer " + file + " names '" + name + "', expected gen-<n>");
            }
            return generation;
        } catch (IOException e) {
            throw new IndexException("cannot read index pointer " + file, e);
        }
    }

    void write(long generation) {
        var file = root.resolve(FILE);
        var temp = root.resolve(FILE + ".tmp");
        try {
            Files.writeString(temp, folderName(generation) + "\n", StandardCharsets.UTF_8);
            IOUtils.fsync(temp, false);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            IOUtils.fsync(root, true);
        } catch (IOException e) {
            throw new IndexException("cannot write index pointer " + file, e);
        }
    }
}
