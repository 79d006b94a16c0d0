package com.talentsync.app.gui.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.delivery.DeliveryAnalyzer;
import com.talentsync.speech.LiveSession;
import com.talentsync.speech.SpeechService;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.TranscriptionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import com.talentsync.core.store.Database;
import com.talentsync.core.store.SpeechAttemptRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesSpeechBackendTest {

    @TempDir
    Path folder;

    private final List<Path> played = new ArrayList<>();
    private final SpeechService speech = new SpeechService() {
        @Override
        public void warmUp() {}

        @Override
        public TranscriptionResult transcribeFile(Path file, TranscriptionListener listener, BooleanSupplier cancelled) {
            return SpeechFixtures.result();
        }

        @Override
        public LiveSession startLive(TranscriptionListener listener) throws InputException {
            throw new InputException(InputError.Kind.UNAVAILABLE, "no microphone: no audio input device was found");
        }

        @Override
        public void close() {}
    };

    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ServicesSpeechBackend backend() {
        SpeechAttemptRepository attempts = new SpeechAttemptRepository(database,
                Clock.fixed(Instant.parse("2025-05-03T14:05:00Z"), ZoneOffset.UTC));
        return new ServicesSpeechBackend(() -> speech, DeliveryAnalyzer::new, new PracticeStore(() -> attempts, folder),
                (recording, listener) -> {
                    played.add(recording);
                    return null;
                });
    }

    @Test
    void savedAttemptsCarryTheFiguresAndComeBackInTheHistory() {
        ServicesSpeechBackend backend = backend();

        PracticeAttempt saved = backend.save(SpeechFixtures.result(), SpeechFixtures.report(), "Microphone");

        assertThat(saved.when()).isEqualTo(Instant.parse("2025-05-03T14:05:00Z"));
        assertThat(saved.wpm()).isEqualTo(142);
        assertThat(saved.fillers()).isEqualTo(1);
        assertThat(saved.recording()).contains(Path.of("recording-1.flac").toAbsolutePath());
        assertThat(backend.history()).containsExactly(saved);
    }

    @Test
    void aMissingRecordingIsSaidPlainlyAndAnExistingOneIsPlayed() throws IOException, InputException {
        ServicesSpeechBackend backend = backend();
        assertThatThrownBy(() -> backend.play(folder.resolve("gone.flac"), new PlaybackHandle.Listener() {}))
                .isInstanceOf(InputException.class)
                .hasMessage("recording not found: gone.flac was moved or deleted");

        Path recording = Files.writeString(folder.resolve("here.flac"), "fLaC");
        backend.play(recording, new PlaybackHandle.Listener() {});
        assertThat(played).containsExactly(recording);
    }

    @Test
    void theMicrophonesFailureReachesTheRecorderUnchanged() {
        assertThatThrownBy(() -> backend().startRecording(TranscriptionListener.NONE))
                .isInstanceOf(InputException.class)
                .satisfies(failure -> assertThat(((InputException) failure).error().kind()).isEqualTo(InputError.Kind.UNAVAILABLE));
    }
}
