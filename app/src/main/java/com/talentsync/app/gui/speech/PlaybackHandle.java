package com.talentsync.app.gui.speech;

/**
 * A recording being played back. The page's own small face for the speech module's player, so
 * the page does not depend on how playing is done.
 */
public interface PlaybackHandle {

    /** Stops playing; safe to call more than once and after the end. */
    void stop();

    boolean isPlaying();

    /** Hears about playback on the player's thread: a UI must hop to its own thread. */
    interface Listener {

        /** Seconds played so far, a few times a second. */
        default void position(double seconds) {}

        /** Reached the end or was stopped. */
        default void finished() {}
    }
}
