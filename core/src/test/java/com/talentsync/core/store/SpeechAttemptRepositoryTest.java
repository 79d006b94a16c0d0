package com.talentsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.store.SpeechAttemptRepository.NewAttempt;
import com.talentsync.core.store.StoredSpeechAttempt.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechAttemptRepositoryTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path temp;

    private Database database;
    private SpeechAttemptRepository attempts;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp);
        attempts = new SpeechAttemptRepository(database, new SteppingClock(START, Duration.ofMinutes(1)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static NewAttempt recording(String path, double wpm) {
        return new NewAttempt(Source.MICROPHONE, "", Optional.of(path), "Tell me about yourself", 42.5, 90, wpm, 3,
                "{\"words\":[]}", "{\"wpm\":" + wpm + "}");
    }

    @Test
    void anAttemptIsReadBackWithEveryField() {
        StoredSpeechAttempt stored = attempts.add(recording("recordings/a.flac", 131.5));

        StoredSpeechAttempt read = attempts.find(stored.id()).orElseThrow();
        assertThat(read).isEqualTo(stored);
        assertThat(read.recordingPath()).contains("recordings/a.flac");
        assertThat(read.prompt()).isEqualTo("Tell me about yourself");
        assertThat(read.wpm()).isEqualTo(131.5);
        assertThat(read.createdAt()).isEqualTo(START);
    }

    @Test
    void aFileAttemptMayHaveNoRecording() {
        StoredSpeechAttempt stored = attempts.add(new NewAttempt(Source.FILE, "answer.mp3", Optional.empty(), "",
                10, 20, 120, 0, "{}", "{}"));

        assertThat(attempts.find(stored.id()).orElseThrow().recordingPath()).isEmpty();
        assertThat(attempts.find(stored.id()).orElseThrow().sourceName()).isEqualTo("answer.mp3");
    }

    @Test
    void recentListsNewestFirstUpToTheLimit() {
        long first = attempts.add(recording("r/1.flac", 100)).id();
        long second = attempts.add(recording("r/2.flac", 110)).id();
        long third = attempts.add(recording("r/3.flac", 120)).id();

        assertThat(attempts.recent(2)).extracting(StoredSpeechAttempt::id).containsExactly(third, second);
        assertThat(attempts.recent(10)).extracting(StoredSpeechAttempt::id).containsExactly(third, second, first);
    }

    @Test
    void deleteRemovesOnlyThatAttempt() {
        long kept = attempts.add(recording("r/1.flac", 100)).id();
        long gone = attempts.add(recording("r/2.flac", 110)).id();

        assertThat(attempts.delete(gone)).isTrue();
        assertThat(attempts.delete(gone)).isFalse();
        assertThat(attempts.find(gone)).isEmpty();
        assertThat(attempts.find(kept)).isPresent();
    }

    @Test
    void impossibleFiguresAreRefusedBeforeTheDatabase() {
        assertThatThrownBy(() -> new NewAttempt(Source.FILE, "x.wav", Optional.empty(), "", -1, 0, 0, 0, "{}", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewAttempt(Source.FILE, "x.wav", Optional.empty(), "", 1, 0, Double.NaN, 0,
                "{}", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> attempts.recent(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
