package com.talentsync.app.gui.speech;

import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.speech.LiveSession;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.TranscriptionResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** A speech backend that does what the test says, and remembers what it was asked. */
final class FakeSpeechBackend implements SpeechPracticeBackend {

    InputException warmUpFailure;
    InputException microphoneFailure;
    InputException fileFailure;
    /** Runs inside transcribeFile, with its listener, before it returns. */
    Consumer<TranscriptionListener> duringFile = listener -> listener.progress(0.5);
    TranscriptionResult fileResult = SpeechFixtures.result(java.util.Optional.empty(), List.of("recorded at 8 kHz: expect lower accuracy"));
    TranscriptionResult liveResult = SpeechFixtures.result();
    InputException stopFailure;

    int warmUps;
    TranscriptionListener liveListener;
    final List<FakeSession> sessions = new ArrayList<>();
    final List<Transcript> analysed = new ArrayList<>();
    final List<PracticeAttempt> saved = new ArrayList<>();
    final List<FakePlayback> playbacks = new ArrayList<>();
    final List<PracticeAttempt> stored = new ArrayList<>();

    @Override
    public void warmUp() throws InputException {
        warmUps++;
        if (warmUpFailure != null) {
            throw warmUpFailure;
        }
    }

    @Override
    public LiveSession startRecording(TranscriptionListener listener) throws InputException {
        if (microphoneFailure != null) {
            throw microphoneFailure;
        }
        liveListener = listener;
        FakeSession session = new FakeSession();
        sessions.add(session);
        return session;
    }

    @Override
    public TranscriptionResult transcribeFile(Path file, TranscriptionListener listener, BooleanSupplier cancelled)
            throws InputException {
        if (fileFailure != null) {
            throw fileFailure;
        }
        duringFile.accept(listener);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        return fileResult;
    }

    @Override
    public DeliveryReport analyse(Transcript transcript) {
        analysed.add(transcript);
        return SpeechFixtures.report();
    }

    @Override
    public PlaybackHandle play(Path recording, PlaybackHandle.Listener listener) {
        FakePlayback playback = new FakePlayback(recording, listener);
        playbacks.add(playback);
        return playback;
    }

    @Override
    public List<PracticeAttempt> history() {
        return List.copyOf(stored);
    }

    @Override
    public PracticeAttempt save(TranscriptionResult result, DeliveryReport report, String source) {
        PracticeAttempt attempt = attempt("attempt-" + (stored.size() + 1), source, result);
        saved.add(attempt);
        stored.addFirst(attempt);
        return attempt;
    }

    static PracticeAttempt attempt(String id, String source, TranscriptionResult result) {
        return new PracticeAttempt(id, Instant.parse("2025-05-03T14:05:00Z"), result.transcript().durationSec(), 142, 1,
                source, result.transcript(), result.warnings(), result.recording());
    }

    final class FakeSession implements LiveSession {
        volatile double elapsed;
        boolean stopped;
        boolean closed;

        @Override
        public double elapsedSec() {
            return elapsed;
        }

        @Override
        public TranscriptionResult stop() throws InputException {
            stopped = true;
            if (stopFailure != null) {
                throw stopFailure;
            }
            return liveResult;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static final class FakePlayback implements PlaybackHandle {
        final Path recording;
        final PlaybackHandle.Listener listener;
        boolean stopped;

        FakePlayback(Path recording, PlaybackHandle.Listener listener) {
            this.recording = recording;
            this.listener = listener;
        }

        @Override
        public void stop() {
            stopped = true;
        }

        @Override
        public boolean isPlaying() {
            return !stopped;
        }
    }
}
