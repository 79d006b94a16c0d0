package com.talentsync.app.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A started task as the status bar sees it: title, progress, message, cancel. */
public interface TaskHandle {

    String title();

    /** 0..1, or -1 while the amount of work is unknown (an indeterminate bar). */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    /** @return true when the task was still running and is now cancelled */
    boolean cancel();

    boolean isDone();
}
