package com.talentsync.app.task;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Holds tasks until the test runs them, in any order, so tests can make work finish late or out
 * of order. A task runs on the test's thread through the synchronous executor.
 */
public final class DeferredTaskExecutor implements TaskExecutor {

    private final List<Queued> queued = new ArrayList<>();
    private final SynchronousTaskExecutor runner = new SynchronousTaskExecutor();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Queued entry = new Queued(task, new Handle(task.title()));
        queued.add(entry);
        return entry.handle();
    }

    /** Titles of the tasks not run yet, oldest first. */
    public List<String> waiting() {
        return queued.stream().map(entry -> entry.task().title()).toList();
    }

    public List<Handle> waitingHandles() {
        return queued.stream().map(Queued::handle).toList();
    }

    /** Runs the waiting task at {@code index} to its end, even when it was cancelled. */
    public void run(int index) {
        Queued entry = queued.remove(index);
        entry.handle().done = true;
        runner.execute(entry.task());
    }

    /** Runs waiting tasks, oldest first, skipping cancelled ones, until none waits (new ones included). */
    public void runPending() {
        while (!queued.isEmpty()) {
            if (queued.getFirst().handle().cancelled) {
                queued.removeFirst().handle().done = true;
            } else {
                run(0);
            }
        }
    }

    private record Queued(BackgroundTask<?> task, Handle handle) {}

    public static final class Handle implements TaskHandle {
        private final String title;
        boolean cancelled;
        boolean done;

        Handle(String title) {
            this.title = title;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }

        @Override
        public boolean cancel() {
            boolean wasRunning = !done && !cancelled;
            cancelled = true;
            return wasRunning;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
