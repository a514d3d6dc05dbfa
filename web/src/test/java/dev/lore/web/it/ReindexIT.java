package dev.lore.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A reindex rebuilds into a new generation and swaps while queries keep succeeding. */
class ReindexIT extends LoreServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reindexWhileQueryingFailsNoQuery() throws Exception {
        long before = JSON.readTree(get("admin", "/api/v1/admin/status").body()).path("generation").asLong();
        var stop = new AtomicBoolean();
        var ok = new AtomicInteger();
        var failed = new AtomicInteger();
        var problems = new StringBuffer();
        Thread.Builder builder = Thread.ofPlatform().name("querying");
        Thread querying = builder.start(() -> {
            while (!stop.get()) {
                Reply reply = get("alice", "/api/v1/search?q=vpn%20wireguard&k=3");
                if (reply.status() == 200 && reply.body().contains("handbook:it/vpn.md")) {
                    ok.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    problems.append(reply.status()).append(' ').append(reply.body()).append('\n');
                }
            }
        });
        Reply started = post("admin", "/api/v1/admin/reindex", "");
        assertThat(started.status()).isEqualTo(202);
        String id = JSON.readTree(started.body()).path("id").asText();
        JsonNode job;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        do {
            Thread.sleep(200);
            job = JSON.readTree(get("admin", "/api/v1/admin/jobs/" + id).body());
        } while (!job.path("state").asText().matches("SUCCEEDED|FAILED") && Instant.now().isBefore(deadline));
        Thread.sleep(300);
        stop.set(true);
        querying.join();

        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(failed.get()).as(problems.toString()).isZero();
        assertThat(ok.get()).isPositive();
        long after = JSON.readTree(get("admin", "/api/v1/admin/status").body()).path("generation").asLong();
        assertThat(after).isEqualTo(before + 1);
        assertThat(get("harriet", "/api/v1/search?q=salary%20band").body()).contains(HR_SECRET);
    }
}
