package com.talentsync.app.task;

/** What a running piece of background work may tell the UI, and ask of it. */
public interface TaskContext {

    /** @param done units finished so far, {@code total} units in all; total &lt;= 0 means unknown */
    void updateProgress(long done, long total);

    void updateMessage(String message);

    /** Work checks this between steps and stops early when it is true. */
    boolean isCancelled();
}
