package com.talentsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class MatchHistoryRepositoryTest {

    private static final String TEXT_A = "a".repeat(64);
    private static final String TEXT_B = "b".repeat(64);
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path temp;

    private Database database;
    private ResumeRepository resumes;
    private JobRepository jobs;
    private MatchHistoryRepository matches;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp);
        SteppingClock clock = new SteppingClock(START, Duration.ofMinutes(1));
        resumes = new ResumeRepository(database, clock);
        jobs = new JobRepository(database, clock);
        matches = new MatchHistoryRepository(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long resume(char hashDigit) {
        String text = "resume " + hashDigit;
        var result = resumes.insert(new NewResume("R" + hashDigit, "r.txt", "text/plain",
                String.valueOf(hashDigit).repeat(64), text.length(), 2, text), text.getBytes(StandardCharsets.UTF_8));
        return ((InsertResult.Inserted) result).resume().id();
    }

    private long job(String title) {
        return jobs.save(title, "Acme", "pasted", "We need a " + title).id();
    }

    @Test
    void recordedMatchIsReadBackAsTheLatestAndInTheHistory() {
        long resume = resume('1');
        long job = job("Data Engineer");

        StoredMatch stored = matches.record(resume, job, 72, "match-1", TEXT_A, "{\"score\":72}").orElseThrow();

        assertThat(stored.id()).isPositive();
        assertThat(stored.createdAt()).isEqualTo(START.plus(Duration.ofMinutes(2)));
        assertThat(matches.latest(resume, job)).contains(stored);
        assertThat(matches.history(resume)).containsExactly(stored);
        assertThat(matches.history(resume, job)).containsExactly(stored);
    }

    @Test
    void historyIsOldestFirstAndPerJob() {
        long resume = resume('1');
        long engineer = job("Data Engineer");
        long analyst = job("Data Analyst");

        StoredMatch first = matches.record(resume, engineer, 50, "match-1", TEXT_A, "{}").orElseThrow();
        StoredMatch other = matches.record(resume, analyst, 40, "match-1", TEXT_A, "{}").orElseThrow();
        StoredMatch edited = matches.record(resume, engineer, 64, "match-1", TEXT_B, "{}").orElseThrow();

        assertThat(matches.history(resume)).containsExactly(first, other, edited);
        assertThat(matches.history(resume, engineer)).containsExactly(first, edited);
        assertThat(matches.latest(resume, engineer)).contains(edited);
        assertThat(matches.latest(resume, analyst)).contains(other);
        assertThat(matches.history(resume + 100)).isEmpty();
        assertThat(matches.latest(resume, engineer + 100)).isEmpty();
    }

    @Test
    void sameTextAndVersionAsTheLatestStoresNoCopyAndReturnsTheLatest() {
        long resume = resume('1');
        long job = job("Data Engineer");
        StoredMatch first = matches.record(resume, job, 50, "match-1", TEXT_A, "{}").orElseThrow();

        assertThat(matches.record(resume, job, 50, "match-1", TEXT_A, "{}")).contains(first);
        assertThat(matches.history(resume, job)).containsExactly(first);

        StoredMatch newMatcher = matches.record(resume, job, 55, "match-2", TEXT_A, "{}").orElseThrow();
        assertThat(newMatcher).isNotEqualTo(first);
        assertThat(matches.history(resume, job)).containsExactly(first, newMatcher);
    }

    @Test
    void goingBackToAnEarlierTextIsStoredAgainBecauseOnlyTheLatestCounts() {
        long resume = resume('1');
        long job = job("Data Engineer");
        matches.record(resume, job, 50, "match-1", TEXT_A, "{}");
        matches.record(resume, job, 60, "match-1", TEXT_B, "{}");

        StoredMatch reverted = matches.record(resume, job, 50, "match-1", TEXT_A, "{}").orElseThrow();

        assertThat(matches.history(resume, job)).hasSize(3).last().isEqualTo(reverted);
    }

    @Test
    void rowsWrittenAtTheSameInstantKeepTheirOrderById() throws Exception {
        database.close();
        database = Database.open(temp);
        SteppingClock frozen = SteppingClock.frozen(START);
        resumes = new ResumeRepository(database, frozen);
        jobs = new JobRepository(database, frozen);
        matches = new MatchHistoryRepository(database, frozen);
        long resume = resume('1');
        long job = job("Data Engineer");

        StoredMatch first = matches.record(resume, job, 10, "match-1", TEXT_A, "{}").orElseThrow();
        StoredMatch second = matches.record(resume, job, 20, "match-1", TEXT_B, "{}").orElseThrow();

        assertThat(matches.history(resume, job)).containsExactly(first, second);
        assertThat(matches.latest(resume, job)).contains(second);
        assertThat(matches.record(resume, job, 20, "match-1", TEXT_B, "{}")).contains(second);
    }

    @Test
    void aResumeOrJobDeletedMeanwhileStoresNothing() {
        long resume = resume('1');
        long job = job("Data Engineer");
        long goneJob = job("Gone");
        jobs.delete(goneJob);

        assertThat(matches.record(resume, goneJob, 50, "match-1", TEXT_A, "{}")).isEmpty();
        assertThat(matches.record(resume + 100, job, 50, "match-1", TEXT_A, "{}")).isEmpty();
        assertThat(matches.history(resume)).isEmpty();
    }

    @Test
    void deletingTheResumeOrTheJobDeletesItsMatches() {
        long kept = resume('1');
        long removed = resume('2');
        long engineer = job("Data Engineer");
        long analyst = job("Data Analyst");
        matches.record(kept, engineer, 50, "match-1", TEXT_A, "{}");
        StoredMatch survivor = matches.record(kept, analyst, 40, "match-1", TEXT_A, "{}").orElseThrow();
        matches.record(removed, analyst, 30, "match-1", TEXT_A, "{}");

        resumes.delete(removed);
        jobs.delete(engineer);

        assertThat(matches.history(removed)).isEmpty();
        assertThat(matches.history(kept)).containsExactly(survivor);
    }

    @ParameterizedTest
    @CsvSource({
        "-1, match-1, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, score",
        "101, match-1, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, score",
        "50, ' ', aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, version",
        "50, match-1, abc, SHA-256",
        "50, match-1, AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, SHA-256",
    })
    void refusesValuesTheTableCannotHold(int score, String version, String sha256, String named) {
        long resume = resume('1');
        long job = job("Data Engineer");

        assertThatThrownBy(() -> matches.record(resume, job, score, version, sha256, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
        assertThat(matches.history(resume)).isEmpty();
    }
}
