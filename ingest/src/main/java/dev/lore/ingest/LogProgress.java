package dev.lore.ingest;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress as a plain log line every few seconds, for logs and pipes. */
final class LogProgress implements IngestProgress {

    private static final Logger LOG = LoggerFactory.getLogger(LogProgress.class);

    private final long intervalMillis;
    private long startedAt = -1;
    private long lastLogAt;

    LogProgress(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void update(String source, long listed, long done, long chunks, boolean finished) {
        var now = System.currentTimeMillis();
        if (startedAt < 0) {
            startedAt = now;
            lastLogAt = now;
        }
        if (!finished && now - lastLogAt < intervalMillis) {
            return;
        }
        lastLogAt = now;
        var seconds = Math.max(0.001, (now - startedAt) / 1000.0);
        var rate = done / seconds;
        var eta = rate > 0 && listed > done ? Duration.ofSeconds(Math.round((listed - done) / rate)) : Duration.ZERO;
        LOG.info("ingest {}: {}/{} documents, {} chunks, {} documents/s, {} chunks/s, ETA {}{}", source, done, listed,
                chunks, String.format("%.1f", rate), String.format("%.1f", chunks / seconds), eta,
                finished ? " (done)" : "");
        if (finished) {
            startedAt = -1;
        }
    }
}
