package com.talentsync.app.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs background tasks on daemon worker threads and delivers every callback on the FX thread
 * (through {@link javafx.concurrent.Task}), and lists the tasks still running for the status bar.
 */
public final class UiTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService workers = Executors.newCachedThreadPool(new WorkerThreads());
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private final ObservableList<TaskHandle> runningView = FXCollections.unmodifiableObservableList(running);

    /** Tasks shown in the status bar that have not finished; changes only on the FX thread. */
    public ObservableList<TaskHandle> runningTasks() {
        return runningView;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        FxTask<T> fxTask = new FxTask<>(task);
        fxTask.setOnSucceeded(event -> finish(fxTask, () -> task.succeeded(fxTask.getValue())));
        fxTask.setOnCancelled(event -> finish(fxTask, task::cancelled));
        fxTask.setOnFailed(event -> finish(fxTask, () -> task.failed(fxTask.getException())));
        if (task.showInStatusBar()) {
            runOnFxThread(() -> {
                if (!fxTask.isDone()) {
                    running.add(fxTask);
                }
            });
        }
        workers.execute(fxTask);
        return fxTask;
    }

    private void finish(FxTask<?> fxTask, Runnable callback) {
        running.remove(fxTask);
        callback.run();
    }

    private static void runOnFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adapts a {@link BackgroundTask} to JavaFX's Task, whose property updates are FX-thread safe. */
    private static final class FxTask<T> extends Task<T> implements TaskHandle, TaskContext {

        private final BackgroundTask<T> task;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
            updateTitle(task.title());
        }

        @Override
        protected T call() throws Exception {
            try {
                return task.run(this);
            } catch (CancellationException stoppedByTheWork) {
                // Work may stop itself on a cancel it noticed; report it as cancelled, not failed.
                cancel(false);
                throw stoppedByTheWork;
            }
        }

        @Override
        public String title() {
            return task.title();
        }

        @Override
        public void updateProgress(long done, long total) {
            if (total <= 0) {
                super.updateProgress(-1, -1);
            } else {
                super.updateProgress(done, total);
            }
        }

        @Override
        public void updateMessage(String message) {
            super.updateMessage(message);
        }

        // cancel(), progressProperty(), messageProperty() and isDone() come from Task itself;
        // Task.cancel() interrupts the worker, so blocking I/O stops early too.
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "talentsync-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
