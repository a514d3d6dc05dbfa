package dev.lore.web.admin;

import dev.lore.assistant.AssistantConfig;
import dev.lore.assistant.ModelSettings;
import dev.lore.index.generation.GenerationalIndex;
import dev.lore.web.sources.Reindexer;
import dev.lore.web.sources.SourceCatalog;
import dev.lore.web.sources.SourceSync;
import dev.lore.web.sources.SyncLog;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration (role ADMIN): reindex, source sync, jobs and status. */
@RestController
class AdminController {

    private final Jobs jobs;
    private final Reindexer reindexer;
    private final SourceSync sync;
    private final SourceCatalog catalog;
    private final SyncLog syncLog;
    private final GenerationalIndex index;
    private final Environment environment;

    AdminController(Jobs jobs, Reindexer reindexer, SourceSync sync, SourceCatalog catalog, SyncLog syncLog,
                    GenerationalIndex index, Environment environment) {
        this.jobs = jobs;
        this.reindexer = reindexer;
        this.sync = sync;
        this.catalog = catalog;
        this.syncLog = syncLog;
        this.index = index;
        this.environment = environment;
    }

    /** Rebuilds the index into a new generation in the background; 202 with the job to poll. */
    @PostMapping("/api/v1/admin/reindex")
    ResponseEntity<JobStatus> reindex() {
        return accepted(jobs.submit("reindex", "all sources", reindexer::reindex));
    }

    @PostMapping("/api/v1/admin/sources/{name}/sync")
    ResponseEntity<JobStatus> sync(@PathVariable String name) {
        catalog.open(name);
        return accepted(jobs.submit("sync", name, progress -> Map.of("report", sync.sync(name))));
    }

    @GetMapping("/api/v1/admin/jobs/{id}")
    JobStatus job(@PathVariable String id) {
        return jobs.get(id);
    }

    @GetMapping("/api/v1/admin/jobs")
    List<JobStatus> jobs() {
        return jobs.recent();
    }

    @GetMapping("/api/v1/admin/status")
    Status status() {
        ModelSettings model = AssistantConfig.from(environment::getProperty).model();
        return Status.of(index.stats(), catalog, syncLog, model.name(), model.provider(),
                jobs.recent().stream().filter(job -> !job.done()).toList());
    }

    private static ResponseEntity<JobStatus> accepted(JobStatus job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/jobs/" + job.id())).body(job);
    }
}
