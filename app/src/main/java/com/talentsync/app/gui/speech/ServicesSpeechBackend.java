package com.talentsync.app.gui.speech;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryAnalyzer;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.speech.LiveSession;
import com.talentsync.speech.SpeechService;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.TranscriptionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The practice page's backend over the real speech service, delivery analyser and store. */
public final class ServicesSpeechBackend implements SpeechPracticeBackend {

    /** Plays a saved recording; the composition root adapts the speech module's player to it. */
    @FunctionalInterface
    public interface RecordingPlayer {
        PlaybackHandle play(Path recording, PlaybackHandle.Listener listener) throws InputException;
    }

    private final Supplier<? extends SpeechService> speech;
    private final Supplier<DeliveryAnalyzer> analyzer;
    private final PracticeStore store;
    private final RecordingPlayer player;

    /**
     * @param speech   asked at every use, so a model chosen in Settings meanwhile is the one used
     * @param analyzer asked on first use, on a worker thread
     */
    public ServicesSpeechBackend(Supplier<? extends SpeechService> speech, Supplier<DeliveryAnalyzer> analyzer,
            PracticeStore store, RecordingPlayer player) {
        this.speech = Objects.requireNonNull(speech, "speech");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.store = Objects.requireNonNull(store, "store");
        this.player = Objects.requireNonNull(player, "player");
    }

    @Override
    public void warmUp() throws InputException {
        speech.get().warmUp();
    }

    @Override
    public LiveSession startRecording(TranscriptionListener listener) throws InputException {
        return speech.get().startLive(listener);
    }

    @Override
    public TranscriptionResult transcribeFile(Path file, TranscriptionListener listener, BooleanSupplier cancelled)
            throws InputException {
        return speech.get().transcribeFile(file, listener, cancelled);
    }

    @Override
    public DeliveryReport analyse(Transcript transcript) {
        return analyzer.get().analyse(transcript);
    }

    @Override
    public PlaybackHandle play(Path recording, PlaybackHandle.Listener listener) throws InputException {
        if (!Files.isRegularFile(recording)) {
            throw new InputException(InputError.Kind.NOT_FOUND,
                    "recording not found: " + recording.getFileName() + " was moved or deleted");
        }
        return player.play(recording, listener);
    }

    @Override
    public List<PracticeAttempt> history() {
        return store.list();
    }

    @Override
    public PracticeAttempt save(TranscriptionResult result, DeliveryReport report, String source) {
        return store.add(source, result.transcript(), result.warnings(), result.recording(), report.metrics());
    }
}
