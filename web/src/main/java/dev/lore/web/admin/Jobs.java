package dev.lore.web.admin;

import dev.lore.web.error.BusyException;
import dev.lore.web.error.NotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs index-changing jobs one at a time on a named thread ({@code lore-job}) with a short queue, and remembers the
 * most recent ones for {@code GET /api/v1/admin/jobs/{id}}.
 */
@Component
public class Jobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    private static final int REMEMBERED = 100;

    /** The work of a job: reports progress, returns its result. */
    @FunctionalInterface
    public interface Work {
        Map<String, Object> run(LongConsumer progress) throws Exception;
    }

    private final ThreadPoolExecutor executor;
    private final Map<String, AtomicReference<JobStatus>> jobs = new LinkedHashMap<>();

    Jobs() {
        var counter = new AtomicInteger();
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4),
                runnable -> {
                    var thread = new Thread(runnable, "lore-job-" + counter.incrementAndGet());
                    thread.setDaemon(false);
                    return thread;
                });
    }

    /** Queues a job and returns its first snapshot; 503 when the queue is full. */
    public JobStatus submit(String kind, String target, Work work) {
        String id = UUID.randomUUID().toString();
        var status = new AtomicReference<>(new JobStatus(id, kind, target, JobStatus.State.QUEUED, Instant.now(),
                null, null, 0, "queued", Map.of()));
        synchronized (jobs) {
            jobs.put(id, status);
            while (jobs.size() > REMEMBERED) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        try {
            executor.execute(() -> run(status, work));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(id);
            }
            throw new BusyException("too many jobs queued; wait for the running ones (GET /api/v1/admin/jobs/{id})");
        }
        return status.get();
    }

    private void run(AtomicReference<JobStatus> status, Work work) {
        status.updateAndGet(s -> s.with(JobStatus.State.RUNNING, Instant.now(), null, 0, "running", Map.of()));
        try {
            Map<String, Object> result = work.run(done -> status.updateAndGet(s -> s.with(s.state(), s.started(),
                    null, done, s.message(), s.result())));
            status.updateAndGet(s -> s.with(JobStatus.State.SUCCEEDED, s.started(), Instant.now(), s.progress(),
                    "finished", result));
        } catch (Exception e) {
            log.error("job {} {} failed", status.get().kind(), status.get().id(), e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            status.updateAndGet(s -> s.with(JobStatus.State.FAILED, s.started(), Instant.now(), s.progress(),
                    message, Map.of()));
        }
    }

    public JobStatus get(String id) {
        AtomicReference<JobStatus> status;
        synchronized (jobs) {
            status = jobs.get(id);
        }
        if (status == null) {
            throw new NotFoundException("no job with id '" + id + "'");
        }
        return status.get();
    }

    /** The remembered jobs, oldest first. */
    public List<JobStatus> recent() {
        synchronized (jobs) {
            return jobs.values().stream().map(AtomicReference::get).toList();
        }
    }

    /** Waits for queued and running jobs to finish, so the index is committed before it closes. */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.MINUTES)) {
            log.warn("jobs still running after 10 minutes at shutdown");
        }
    }
}
