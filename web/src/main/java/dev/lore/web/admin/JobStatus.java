package dev.lore.web.admin;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of a background job (reindex or source sync): what it does, its state, its progress and, when finished,
 * its result or error.
 */
public record JobStatus(String id, String kind, String target, State state, Instant created, Instant started,
                        Instant finished, long progress, String message, Map<String, Object> result) {

    /** Lifecycle of a job. */
    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    public JobStatus {
        result = result == null ? Map.of() : Map.copyOf(result);
    }

    JobStatus with(State newState, Instant newStarted, Instant newFinished, long newProgress, String newMessage,
                   Map<String, Object> newResult) {
        return new JobStatus(id, kind, target, newState, created, newStarted, newFinished, newProgress, newMessage,
                newResult);
    }

    public boolean done() {
        return state == State.SUCCEEDED || state == State.FAILED;
    }
}
