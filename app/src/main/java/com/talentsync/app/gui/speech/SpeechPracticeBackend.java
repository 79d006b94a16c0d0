package com.talentsync.app.gui.speech;

import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.speech.LiveSession;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.TranscriptionResult;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the recorder and the Speech practice page need from the speech module, the delivery
 * analyser and storage. Every method is called on a worker thread and may block; listeners are
 * called on the speech module's threads. {@link InputException} carries a one-line message that
 * is shown as it is.
 */
public interface SpeechPracticeBackend {

    /** Loads the speech model so the first recording starts at once. */
    void warmUp() throws InputException;

    /**
     * Starts recording from the default microphone.
     *
     * @throws InputException {@code UNAVAILABLE} when there is no microphone or another program holds it
     */
    LiveSession startRecording(TranscriptionListener listener) throws InputException;

    /** Transcribes an audio file; stops early, with a CancellationException, once {@code cancelled} is true. */
    TranscriptionResult transcribeFile(Path file, TranscriptionListener listener, BooleanSupplier cancelled)
            throws InputException;

    DeliveryReport analyse(Transcript transcript);

    /** Starts playing a saved recording. */
    PlaybackHandle play(Path recording, PlaybackHandle.Listener listener) throws InputException;

    /** Past attempts, newest first. */
    List<PracticeAttempt> history();

    /**
     * Keeps an attempt in the history.
     *
     * @param source "Microphone" or the audio file's name
     */
    PracticeAttempt save(TranscriptionResult result, DeliveryReport report, String source);
}
