package com.talentsync.app.task;

import java.util.concurrent.CancellationException;

/**
 * Runs each task to the end on the calling thread before returning. View-model tests use it so
 * they need neither the JavaFX toolkit nor waiting; a task cancelled from inside its own work
 * ends in {@code onCancelled}.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        SimpleTaskContext context = new SimpleTaskContext(task.title());
        try {
            T result = task.run(context);
            context.markDone();
            if (context.isCancelled()) {
                task.cancelled();
            } else {
                task.succeeded(result);
            }
        } catch (CancellationException cancelled) {
            context.markDone();
            task.cancelled();
        } catch (Exception failure) {
            context.markDone();
            task.failed(failure);
        }
        return context;
    }
}
