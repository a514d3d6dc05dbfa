package dev.lore.assistant.model;

import dev.lore.assistant.AssistantException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Where de.kherud:llama loads its native library from. The binding extracts it into the shared temp folder on every
 * start (and announces that on standard output), so parallel JVMs would overwrite each other's file: unless
 * {@code de.kherud.llama.lib.path} or {@code de.kherud.llama.tmpdir} is set, each JVM copies the bundled library into
 * its own temp folder and points {@code de.kherud.llama.lib.path} at it.
 */
final class NativeLibrary {

    private NativeLibrary() {
    }

    static synchronized void prepare() {
        if (System.getProperty("de.kherud.llama.lib.path") != null || System.getProperty("de.kherud.llama.tmpdir") != null) {
            return;
        }
        try {
            var dir = Files.createTempDirectory("lore-llama-");
            dir.toFile().deleteOnExit();
            var resource = bundledLibrary();
            try (var in = resource == null ? null : NativeLibrary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    System.setProperty("de.kherud.llama.tmpdir", dir.toString());
                    return;
                }
                var file = dir.resolve(Path.of(resource).getFileName().toString());
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                file.toFile().deleteOnExit();
                System.setProperty("de.kherud.llama.lib.path", dir.toString());
            }
        } catch (IOException e) {
            throw new AssistantException("cannot prepare the llama.cpp native library in a temp folder: " + e.getMessage(), e);
        }
    }

    /** The binding's resource path for this OS and CPU, or null when it ships none we know of. */
    static String bundledLibrary() {
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        var arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        var cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        if (cpu == null) {
            return null;
        }
        if (os.contains("linux")) {
            return "/de/kherud/llama/Linux/" + cpu + "/libjllama.so";
        }
        if (os.contains("mac")) {
            return "/de/kherud/llama/Mac/" + cpu + "/libjllama.dylib";
        }
        return os.contains("windows") && cpu.equals("x86_64") ? "/de/kherud/llama/Windows/x86_64/jllama.dll" : null;
    }
}
