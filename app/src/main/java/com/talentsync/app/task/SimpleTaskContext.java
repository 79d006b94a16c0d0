package com.talentsync.app.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The synchronous executor's context and handle in one: work runs on the caller's thread, so the
 * properties may be written directly. Used by tests and by the CLI-side smoke checks.
 */
final class SimpleTaskContext implements TaskContext, TaskHandle {

    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile boolean cancelled;
    private volatile boolean done;

    SimpleTaskContext(String title) {
        this.title = title;
    }

    @Override
    public void updateProgress(long doneUnits, long total) {
        progress.set(total <= 0 ? -1 : Math.min(1.0, (double) doneUnits / total));
    }

    @Override
    public void updateMessage(String text) {
        message.set(text);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
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

    void markDone() {
        done = true;
    }
}
