package com.talentsync.app.task;

/** Runs {@link BackgroundTask}s; the one seam between view models and threads. */
public interface TaskExecutor {

    <T> TaskHandle execute(BackgroundTask<T> task);
}
