package dev.lore.web.cli;

import dev.lore.index.generation.GenerationalIndex;
import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import dev.lore.web.Components;
import dev.lore.web.LoreProperties;
import dev.lore.web.sources.PushArchive;
import dev.lore.web.sources.Reindexer;
import dev.lore.web.sources.SourceCatalog;
import dev.lore.web.sources.SourceSync;
import dev.lore.web.sources.SyncLog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;

/**
 * The index folder opened by a command while no server holds it, with the same components the server uses.
 * Opening throws {@link dev.lore.index.IndexLockedException} when a server runs on the folder.
 */
final class OfflineLore implements AutoCloseable {

    final LoreProperties settings;
    final OnnxMiniLmEmbeddingModel model;
    final GenerationalIndex index;
    final SourceCatalog catalog;
    final SyncLog syncLog;
    final PushArchive pushArchive;
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    OfflineLore(LoreProperties settings, Path indexDir) {
        this.settings = settings;
        this.model = Components.embeddingModel(settings);
        try {
            this.index = Components.openIndex(indexDir, model);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
        this.syncLog = new SyncLog(indexDir);
        this.catalog = new SourceCatalog(settings, settings.ingest().maxFileSize().toBytes(), syncLog);
        this.pushArchive = new PushArchive(indexDir);
    }

    Ingestion ingestion(IngestProgress progress) {
        return Components.ingestion(index, model, settings.ingest().options(), progress);
    }

    SourceSync sourceSync(Ingestion ingestion) {
        return new SourceSync(ingestion, catalog, syncLog, metrics);
    }

    Reindexer reindexer() {
        return new Reindexer(index, model, settings.ingest().options(), catalog, pushArchive, syncLog, metrics);
    }

    @Override
    public void close() {
        try (model; index) {
            // closing the index commits it
        }
    }
}
