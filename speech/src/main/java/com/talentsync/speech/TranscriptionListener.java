package com.talentsync.speech;

import com.talentsync.speech.audio.AudioLevel;

/**
 * Hears about a transcription while it runs. Called on the thread doing the work: a UI must hop
 * to its own thread. All methods have empty defaults.
 */
public interface TranscriptionListener {

    TranscriptionListener NONE = new TranscriptionListener() {};

    /** The words heard so far in the current utterance, replaced by each call. */
    default void partial(String text) {}

    /** An utterance finished; {@code text} is its final words. */
    default void finalText(String text) {}

    /** The input level of the chunk just fed, for a meter (about 10 times a second). */
    default void level(AudioLevel level) {}

    /** For files: how far through, 0-1, when the length is known. */
    default void progress(double fraction) {}
}
