package dev.lore.assistant.model;

import dev.lore.assistant.AssistantException;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Where de.kherud:llama extracts its native library. It extracts to the shared temp folder on every start, so parallel
 * JVMs would overwrite each other's file: unless {@code de.kherud.llama.lib.path} or {@code de.kherud.llama.tmpdir} is
 * set, each JVM gets its own temp folder.
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
            System.setProperty("de.kherud.llama.tmpdir", dir.toString());
        } catch (IOException e) {
            throw new AssistantException("cannot create a temp folder for the llama.cpp native library: " + e.getMessage(), e);
        }
    }
}
