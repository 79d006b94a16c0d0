package com.talentsync.core.screen;

/** Told as a screening goes; called from worker threads. */
@FunctionalInterface
public interface ScreenListener {

    /** @param done files finished (read or failed) of the {@code total} to read; {@code file} is the one just finished */
    void progress(int done, int total, String file);

    ScreenListener NONE = (done, total, file) -> {};
}
