package com.talentsync.app.task;

/** Where a long operation of a view model stands, so the UI can show, disable and cancel. */
public enum OperationState {
    IDLE,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
}
