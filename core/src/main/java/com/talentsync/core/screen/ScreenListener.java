package com.talentsync.core.screen;

/** Told as a screening goes; called from worker threads. */
@FunctionalInterface
public interface ScreenListener {

    /** @param done files finished (read or failed) of {@code total} found so far */
    void progress(int done, int total, String file);

    ScreenListener NONE = (done, total, file) -> {};
}
