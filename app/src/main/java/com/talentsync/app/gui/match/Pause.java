package com.talentsync.app.gui.match;

import com.talentsync.app.task.TaskContext;
import java.time.Duration;
import java.util.concurrent.CancellationException;

/** The wait before a debounced re-score; tests replace it to drive the debounce without a clock. */
@FunctionalInterface
interface Pause {

    /** @throws CancellationException when the task was cancelled while waiting */
    void await(Duration delay, TaskContext context);

    /** Sleeps in short slices, so a cancel is noticed even when the worker is not interrupted. */
    Pause SLEEP = (delay, context) -> {
        long deadline = System.nanoTime() + delay.toNanos();
        try {
            for (long left = delay.toNanos(); left > 0 && !context.isCancelled(); left = deadline - System.nanoTime()) {
                Thread.sleep(Math.min(Duration.ofNanos(left).toMillis() + 1, 25));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancellationException("superseded while waiting");
        }
        if (context.isCancelled()) {
            throw new CancellationException("superseded while waiting");
        }
    };
}
