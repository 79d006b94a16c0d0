package com.talentsync.speech;

import com.talentsync.core.resume.InputException;

/**
 * A recording from the microphone in progress: audio is transcribed as it arrives and saved as
 * FLAC. Partials, final utterances and levels go to the session's listener.
 */
public interface LiveSession extends AutoCloseable {

    /** Seconds of audio captured so far. */
    double elapsedSec();

    /**
     * Stops capturing, finishes recognition and saves the recording.
     *
     * @throws InputException when nothing usable was recorded (silence, microphone lost)
     */
    TranscriptionResult stop() throws InputException;

    /** Stops and throws the audio away. Safe to call more than once and after {@link #stop()}. */
    @Override
    void close();
}
