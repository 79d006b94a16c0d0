package com.talentsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRepositoryTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path temp;

    private Database database;
    private JobRepository jobs;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp);
        jobs = new JobRepository(database, new SteppingClock(START, Duration.ofSeconds(1)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savedJobIsFoundWithEverythingItWasGiven() {
        StoredJob saved = jobs.save("  Backend Engineer ", "Acme", "https://jobs.example.com/42",
                "Build APIs in Java.\n- 5 years of experience");

        assertThat(saved.id()).isPositive();
        assertThat(saved.title()).isEqualTo("Backend Engineer");
        assertThat(saved.createdAt()).isEqualTo(START);
        assertThat(jobs.find(saved.id())).contains(saved);
        assertThat(jobs.find(saved.id() + 1)).isEmpty();
    }

    @Test
    void listsNewestFirst() {
        StoredJob first = jobs.save("First", "A", "pasted", "one");
        StoredJob second = jobs.save("Second", "B", "pasted", "two");
        StoredJob third = jobs.save("Third", "C", "ad.pdf", "three");

        assertThat(jobs.list()).containsExactly(third, second, first);
    }

    @Test
    void jobsSavedAtTheSameInstantListNewestIdFirst() throws Exception {
        JobRepository frozen = new JobRepository(database, SteppingClock.frozen(START));
        StoredJob first = frozen.save("First", "A", "pasted", "one");
        StoredJob second = frozen.save("Second", "B", "pasted", "two");

        assertThat(frozen.list()).containsExactly(second, first);
    }

    @Test
    void renameChangesTitleAndCompanyOnly() {
        StoredJob saved = jobs.save("Engineer", "", "pasted", "text");

        assertThat(jobs.rename(saved.id(), " Staff Engineer ", " Initech ")).isTrue();
        assertThat(jobs.rename(saved.id() + 1, "Nobody", "Nowhere")).isFalse();

        StoredJob renamed = jobs.find(saved.id()).orElseThrow();
        assertThat(renamed.title()).isEqualTo("Staff Engineer");
        assertThat(renamed.company()).isEqualTo("Initech");
        assertThat(renamed.text()).isEqualTo("text");
        assertThat(renamed.createdAt()).isEqualTo(saved.createdAt());
    }

    @Test
    void deleteRemovesTheJobOnce() {
        StoredJob kept = jobs.save("Kept", "A", "pasted", "one");
        StoredJob removed = jobs.save("Removed", "B", "pasted", "two");

        assertThat(jobs.delete(removed.id())).isTrue();
        assertThat(jobs.delete(removed.id())).isFalse();
        assertThat(jobs.list()).containsExactly(kept);
    }

    @Test
    void cutsLabelsAndSourcesToTheirColumnsAndStoresMissingOnesAsEmpty() {
        String longUrl = "https://jobs.example.com/" + "x".repeat(3000);
        StoredJob saved = jobs.save("T".repeat(400), null, longUrl, "text");

        assertThat(saved.title()).hasSize(300);
        assertThat(saved.company()).isEmpty();
        assertThat(saved.source()).hasSize(2048).startsWith("https://jobs.example.com/");
        assertThat(jobs.find(saved.id())).contains(saved);
        assertThat(saved.label()).isEqualTo(saved.title());
    }

    @Test
    void aCutNeverSplitsACharacterMadeOfTwoChars() {
        String title = "T".repeat(299) + "\uD83D\uDE80 rocket";

        StoredJob saved = jobs.save(title, "Acme", "pasted", "text");

        assertThat(saved.title()).isEqualTo("T".repeat(299));
        assertThat(jobs.find(saved.id()).orElseThrow().title()).isEqualTo(saved.title());
    }

    @Test
    void keepsLongJobTextWhole() {
        String text = "Requirement line\n".repeat(20_000);

        StoredJob saved = jobs.save("Engineer", "Acme", "pasted", text);

        assertThat(jobs.find(saved.id()).orElseThrow().text()).isEqualTo(text);
    }
}
