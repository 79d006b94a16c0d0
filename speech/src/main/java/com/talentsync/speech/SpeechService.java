package com.talentsync.speech;

import com.talentsync.core.resume.InputException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The speech module's face: files and the microphone in, timed transcripts out. The Vosk model
 * is loaded once, lazily, and shared by every call. Thread-safe.
 */
public interface SpeechService extends AutoCloseable {

    /** Loads the model now if it is not loaded yet (call on a background thread). */
    void warmUp() throws InputException;

    /**
     * Transcribes an audio file (WAV, AIFF, AU, MP3, FLAC, OGG Vorbis), streaming it through.
     *
     * @throws InputException unsupported, corrupt, empty or silent input, or a bad model
     */
    TranscriptionResult transcribeFile(Path file, TranscriptionListener listener, BooleanSupplier cancelled)
            throws InputException;

    /**
     * Starts recording from the default microphone.
     *
     * @throws InputException when there is no microphone or another program holds it
     */
    LiveSession startLive(TranscriptionListener listener) throws InputException;

    @Override
    void close();
}
