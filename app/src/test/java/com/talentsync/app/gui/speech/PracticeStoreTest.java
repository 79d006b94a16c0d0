package com.talentsync.app.gui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeStoreTest {

    @TempDir
    Path folder;

    @Test
    void attemptsComeBackNewestFirstWithTheirWordsAndRecording() {
        PracticeStore store = new PracticeStore(folder.resolve("practice"));
        assertThat(store.list()).as("no folder yet").isEmpty();

        PracticeAttempt first = store.add(Instant.parse("2025-05-01T10:00:00Z"), 130, 2, "Microphone",
                SpeechFixtures.answer(), List.of(), Optional.of(Path.of("/data/recordings/1.flac")));
        PracticeAttempt second = store.add(Instant.parse("2025-05-02T10:00:00Z"), 150.5, 0, "talk.mp3",
                SpeechFixtures.answer(), List.of("recorded at 8 kHz: expect lower accuracy"), Optional.empty());

        List<PracticeAttempt> read = new PracticeStore(folder.resolve("practice")).list();
        assertThat(read).containsExactly(second, first);
        assertThat(read.get(1).transcript()).isEqualTo(SpeechFixtures.answer());
        assertThat(read.get(1).recording()).contains(Path.of("/data/recordings/1.flac"));
        assertThat(read.get(0).warnings()).containsExactly("recorded at 8 kHz: expect lower accuracy");
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void aDamagedFileLosesOneAttemptNotTheHistory() throws IOException {
        PracticeStore store = new PracticeStore(folder);
        PracticeAttempt kept = store.add(Instant.parse("2025-05-01T10:00:00Z"), 130, 2, "Microphone",
                SpeechFixtures.answer(), List.of(), Optional.empty());
        Files.writeString(folder.resolve("broken.json"), "{\"id\": \"x\", \"words\": [");

        assertThat(store.list()).containsExactly(kept);
    }
}
