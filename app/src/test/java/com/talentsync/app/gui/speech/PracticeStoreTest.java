package com.talentsync.app.gui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.speech.delivery.DeliveryMetrics;
import com.talentsync.core.store.Database;
import com.talentsync.core.store.SpeechAttemptRepository;
import com.talentsync.core.store.SpeechAttemptRepository.NewAttempt;
import com.talentsync.core.store.StoredSpeechAttempt;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeStoreTest {

    @TempDir
    Path data;

    private Database database;
    private SpeechAttemptRepository repository;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(data);
        repository = new SpeechAttemptRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static DeliveryMetrics metrics(double wpm, int fillers) {
        return new DeliveryMetrics(wpm, wpm + 20, 1, 0, 0.8, fillers, fillers * 100.0 / 9, Map.of("um", fillers), 0,
                3.4, 9, 0.9, 0);
    }

    @Test
    void attemptsComeBackNewestFirstWithTheirWordsWarningsAndRecording() {
        PracticeStore store = new PracticeStore(() -> repository, data);
        assertThat(store.list()).as("nothing yet").isEmpty();

        Path recording = data.resolve("recordings").resolve("1.flac");
        PracticeAttempt first = store.add("Microphone", SpeechFixtures.answer(), List.of(), Optional.of(recording),
                metrics(130, 2));
        PracticeAttempt second = store.add("talk.mp3", SpeechFixtures.answer(),
                List.of("recorded at 8 kHz: expect lower accuracy"), Optional.empty(), metrics(150.5, 0));

        List<PracticeAttempt> read = new PracticeStore(() -> repository, data).list();
        assertThat(read).containsExactly(second, first);
        assertThat(read.get(1).transcript()).isEqualTo(SpeechFixtures.answer());
        assertThat(read.get(1).recording()).contains(recording.toAbsolutePath());
        assertThat(read.get(1).source()).isEqualTo("Microphone");
        assertThat(read.get(0).warnings()).containsExactly("recorded at 8 kHz: expect lower accuracy");
        assertThat(read.get(0).wpm()).isEqualTo(150.5);
        assertThat(repository.find(Long.parseLong(first.id())).orElseThrow().recordingPath())
                .as("stored relative to the data folder, so the folder can move")
                .contains(Path.of("recordings", "1.flac").toString());
    }

    @Test
    void anAttemptWhoseTranscriptCannotBeReadIsSkippedNotTheHistory() {
        PracticeStore store = new PracticeStore(() -> repository, data);
        PracticeAttempt kept = store.add("Microphone", SpeechFixtures.answer(), List.of(), Optional.empty(),
                metrics(130, 2));
        repository.add(new NewAttempt(StoredSpeechAttempt.Source.FILE, "broken.wav", Optional.empty(), "", 1, 1, 60,
                0, "{\"words\": [", "{}"));

        assertThat(store.list()).containsExactly(kept);
    }
}
