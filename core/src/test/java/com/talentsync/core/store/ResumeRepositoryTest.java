package com.talentsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeRepositoryTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00.123456789Z");

    @TempDir
    Path temp;

    private Database database;
    private MutableClock clock;
    private ResumeRepository repository;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp);
        clock = new MutableClock(START);
        repository = new ResumeRepository(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void insertStoresEveryColumnAndReturnsTheStoredRow() {
        NewResume resume = resume("Jane Doe", "jane.txt", "Jane Doe\nJava", 'a');

        InsertResult result = repository.insert(resume, "Jane Doe\r\nJava".getBytes(StandardCharsets.UTF_8));

        assertThat(result).isInstanceOf(InsertResult.Inserted.class);
        StoredResume stored = ((InsertResult.Inserted) result).resume();
        assertThat(stored.id()).isPositive();
        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00.123456Z"));
        assertThat(repository.findById(stored.id())).contains(stored);
        assertThat(repository.findBySha256(resume.sha256())).contains(stored);
        assertThat(repository.extractedText(stored.id())).contains("Jane Doe\nJava");
        assertThat(repository.originalBytes(stored.id()).orElseThrow())
                .isEqualTo("Jane Doe\r\nJava".getBytes(StandardCharsets.UTF_8));
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void sameHashTwiceIsAlreadyStoredNotAnError() {
        StoredResume first = inserted(resume("First", "a.txt", "text", 'b'));

        InsertResult second = repository.insert(resume("Second", "b.txt", "text", 'b'), new byte[] {1});

        assertThat(second).isEqualTo(new InsertResult.AlreadyStored(first));
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void listsNewestFirstAndSearchesNamesAndTextIgnoringCase() {
        StoredResume java = inserted(resume("Jane Doe", "jane.pdf", "Senior JAVA engineer", '1'));
        clock.advance(Duration.ofMinutes(1));
        StoredResume rust = inserted(resume("John Roe", "roe-cv.docx", "Rust and Go", '2'));
        clock.advance(Duration.ofMinutes(1));
        StoredResume sql = inserted(resume("Ann Smith", "ann.txt", "SQL tuning, java too", '3'));

        assertThat(repository.list("")).containsExactly(sql, rust, java);
        assertThat(repository.list(null)).containsExactly(sql, rust, java);
        assertThat(repository.list("Java")).containsExactly(sql, java);
        assertThat(repository.list("  jOhN ")).containsExactly(rust);
        assertThat(repository.list("CV.DOCX")).containsExactly(rust);
        assertThat(repository.list("python")).isEmpty();
    }

    @Test
    void sameInstantFallsBackToInsertionOrder() {
        StoredResume first = inserted(resume("One", "1.txt", "one", '4'));
        StoredResume second = inserted(resume("Two", "2.txt", "two", '5'));

        assertThat(repository.list("")).containsExactly(second, first);
    }

    @Test
    void searchTreatsLikeWildcardsLiterally() {
        StoredResume percent = inserted(resume("Growth 100% yearly", "p.txt", "numbers", '6'));
        inserted(resume("Growth 1000 yearly", "q.txt", "numbers", '7'));
        StoredResume underscore = inserted(resume("snake_case fan", "s.txt", "python", '8'));
        inserted(resume("snakeXcase fan", "t.txt", "python", '9'));

        assertThat(repository.list("100%")).containsExactly(percent);
        assertThat(repository.list("e_c")).containsExactly(underscore);
    }

    @Test
    void deleteRemovesOnlyThatRow() {
        StoredResume keep = inserted(resume("Keep", "k.txt", "keep", 'c'));
        StoredResume drop = inserted(resume("Drop", "d.txt", "drop", 'd'));

        assertThat(repository.delete(drop.id())).isTrue();
        assertThat(repository.delete(drop.id())).isFalse();
        assertThat(repository.findById(drop.id())).isEmpty();
        assertThat(repository.extractedText(drop.id())).isEmpty();
        assertThat(repository.list("")).containsExactly(keep);
    }

    @Test
    void unknownIdsAreEmpty() {
        assertThat(repository.findById(42)).isEmpty();
        assertThat(repository.findBySha256("f".repeat(64))).isEmpty();
        assertThat(repository.originalBytes(42)).isEmpty();
    }

    @Test
    void failuresAfterCloseAreStorageExceptions() {
        database.close();

        assertThatThrownBy(() -> repository.count()).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("could not count resumes");
    }

    @Test
    void newResumeRejectsValuesTheTableWouldNot() {
        assertThatThrownBy(() -> resume(" ", "a.txt", "t", 'a')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resume("x".repeat(201), "a.txt", "t", 'a'))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewResume("A", "a.txt", "text/plain", "ABC", 1, 1, "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private StoredResume inserted(NewResume resume) {
        InsertResult result = repository.insert(resume, resume.text().getBytes(StandardCharsets.UTF_8));
        return ((InsertResult.Inserted) result).resume();
    }

    /** {@code hashDigit} makes a distinct, valid SHA-256 per row. */
    private static NewResume resume(String name, String file, String text, char hashDigit) {
        return new NewResume(name, file, "text/plain", String.valueOf(hashDigit).repeat(64), text.length(),
                text.split("\\s+").length, text);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
