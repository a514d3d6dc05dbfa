package dev.lore.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A fixed pool of named threads with a bounded queue that refuses work when full and drains for 30 s on close. */
public final class BoundedExecutor implements AutoCloseable {

    private final ThreadPoolExecutor executor;

    /** Threads are named {@code namePrefix1}, {@code namePrefix2}, ...; {@code queue} tasks may wait. */
    public BoundedExecutor(String namePrefix, int threads, int queue) {
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                Thread.ofPlatform().name(namePrefix, 1).factory(), new ThreadPoolExecutor.AbortPolicy());
    }

    /** Queues {@code task}; throws {@link RejectedExecutionException} when the queue is full or the pool closed. */
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /** How many tasks wait for a thread. */
    public int waiting() {
        return executor.getQueue().size();
    }

    /** Lets tasks in flight finish, for a bounded time, then interrupts them. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
