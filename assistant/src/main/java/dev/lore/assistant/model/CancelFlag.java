package dev.lore.assistant.model;

import dev.langchain4j.model.chat.response.StreamingHandle;

/** A streaming handle that only records cancellation, for generators that poll it between tokens. */
public final class CancelFlag implements StreamingHandle {
    private volatile boolean cancelled;

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
