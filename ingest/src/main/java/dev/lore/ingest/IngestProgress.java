package dev.lore.ingest;

/** Follows a running ingestion: documents listed and done, chunks written. Called from one thread. */
public interface IngestProgress {

    /**
     * Cumulative counts, reported often; implementations throttle their own output.
     *
     * @param listed documents found so far (grows while the source is still being listed)
     * @param done documents finished, whatever the outcome
     * @param finished true on the last call of a run
     */
    void update(String source, long listed, long done, long chunks, boolean finished);

    /** Reports nothing. */
    static IngestProgress none() {
        return (source, listed, done, chunks, finished) -> { };
    }

    /** A progress bar on a terminal, otherwise a log line every few seconds. */
    static IngestProgress automatic() {
        return System.console() != null ? new ProgressBarProgress() : new LogProgress(5_000);
    }
}
