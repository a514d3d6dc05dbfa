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
        return isTerminal() ? new ProgressBarProgress() : new LogProgress(5_000);
    }

    /** From JDK 22 on, System.console() exists even when output is redirected; Console.isTerminal() then tells. */
    private static boolean isTerminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
