package com.talentsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenedResume;
import com.talentsync.core.screen.ScreeningFixtures;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-06-02T09:00:00Z");

    private static final ScreenedResume ASHA = ScreeningFixtures.screened("asha.txt", ScreeningFixtures.asha(), 80,
            List.of("Java", "SQL"), List.of("Docker"));
    private static final ScreenedResume VIKRAM = ScreeningFixtures.screened("vikram.docx", ScreeningFixtures.vikram(),
            80, List.of("Java", "SQL", "Docker"), List.of());
    private static final ScreenedResume MEERA = ScreeningFixtures.screened("meera.pdf", ScreeningFixtures.meera(), 40,
            List.of("Java"), List.of("SQL", "Docker"));

    @TempDir
    java.nio.file.Path temp;

    private final AtomicReference<Instant> time = new AtomicReference<>(MONDAY);
    private Database database;
    private ScreeningRepository screening;
    private long job;
    private long otherJob;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return time.get();
            }
        };
        screening = new ScreeningRepository(database, clock);
        JobRepository jobs = new JobRepository(database);
        job = jobs.save("Java Developer", "Kestrel", "pasted", "We need Java, SQL and Docker.").id();
        otherJob = jobs.save("QA Engineer", "Orchid", "pasted", "Selenium and Jenkins.").id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRunIsReadBackBestFirstAsItWasScreened() {
        int added = screening.saveRun(job, List.of(MEERA, VIKRAM, ASHA));

        List<StoredCandidate> stored = screening.candidates(job);

        assertThat(added).isEqualTo(3);
        assertThat(stored).extracting(StoredCandidate::resume).containsExactly(ASHA, VIKRAM, MEERA);
        assertThat(stored).allSatisfy(candidate -> {
            assertThat(candidate.status()).isEqualTo(CandidateStatus.NEW);
            assertThat(candidate.notes()).isEmpty();
            assertThat(candidate.jobId()).isEqualTo(job);
            assertThat(candidate.created()).isEqualTo(MONDAY);
            assertThat(candidate.updated()).isEqualTo(MONDAY);
        });
        assertThat(screening.candidates(otherJob)).isEmpty();
    }

    @Test
    void aReRunUpdatesTheScoreAndKeepsStatusAndNotes() {
        screening.saveRun(job, List.of(ASHA, MEERA));
        StoredCandidate asha = screening.candidates(job).getFirst();
        screening.setStatus(asha.id(), CandidateStatus.SHORTLISTED);
        screening.setNotes(asha.id(), "  Strong on Kafka.\nAsk about the settlement rewrite.  ");
        ScreenedResume rescored = new ScreenedResume("renamed/asha.txt", ASHA.sha256(), ASHA.text(), ASHA.analysis(),
                ScreeningFixtures.match(30, List.of("Java"), List.of("SQL", "Docker")));
        time.set(TUESDAY);

        int added = screening.saveRun(job, List.of(rescored, VIKRAM));

        assertThat(added).isEqualTo(1);
        List<StoredCandidate> stored = screening.candidates(job);
        assertThat(stored).extracting(c -> c.resume().file()).containsExactly("vikram.docx", "meera.pdf", "renamed/asha.txt");
        StoredCandidate again = stored.getLast();
        assertThat(again.id()).isEqualTo(asha.id());
        assertThat(again.resume()).isEqualTo(rescored);
        assertThat(again.status()).isEqualTo(CandidateStatus.SHORTLISTED);
        assertThat(again.notes()).isEqualTo("Strong on Kafka.\nAsk about the settlement rewrite.");
        assertThat(again.created()).isEqualTo(MONDAY);
        assertThat(again.updated()).isEqualTo(TUESDAY);
    }

    @ParameterizedTest
    @EnumSource(CandidateStatus.class)
    void everyStatusIsStored(CandidateStatus status) {
        screening.saveRun(job, List.of(ASHA));
        long id = screening.candidates(job).getFirst().id();

        assertThat(screening.setStatus(id, status)).isTrue();

        assertThat(screening.find(id)).hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(status));
    }

    @Test
    void theSameResumeIsAPersonOfItsOwnInEachJob() {
        screening.saveRun(job, List.of(ASHA));
        screening.saveRun(otherJob, List.of(ASHA));
        long inJob = screening.candidates(job).getFirst().id();

        screening.setStatus(inJob, CandidateStatus.REJECTED);
        screening.setNotes(inJob, null);

        assertThat(screening.candidates(otherJob)).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CandidateStatus.NEW));
        assertThat(screening.find(inJob).orElseThrow().notes()).isEmpty();
    }

    @Test
    void candidatesAreDeletedOneByOneOrAJobAtATimeAndWithTheirJob() {
        screening.saveRun(job, List.of(ASHA, VIKRAM, MEERA));
        screening.saveRun(otherJob, List.of(MEERA));
        long vikram = screening.candidates(job).get(1).id();

        assertThat(screening.delete(vikram)).isTrue();
        assertThat(screening.delete(vikram)).isFalse();
        assertThat(screening.candidates(job)).extracting(c -> c.resume().file()).containsExactly("asha.txt", "meera.pdf");
        assertThat(screening.clear(job)).isEqualTo(2);
        assertThat(screening.candidates(job)).isEmpty();

        new JobRepository(database).delete(otherJob);
        assertThat(screening.candidates(otherJob)).isEmpty();
    }

    @Test
    void statusAndNotesCanBeSetByJobAndHash() {
        screening.saveRun(job, List.of(ASHA));
        screening.saveRun(otherJob, List.of(ASHA));

        assertThat(screening.setStatus(job, ASHA.sha256(), CandidateStatus.INTERVIEW)).isTrue();
        assertThat(screening.setNotes(job, ASHA.sha256(), " Call on Friday ")).isTrue();
        assertThat(screening.setStatus(job, "f".repeat(64), CandidateStatus.INTERVIEW)).isFalse();

        StoredCandidate stored = screening.candidates(job).getFirst();
        assertThat(stored.status()).isEqualTo(CandidateStatus.INTERVIEW);
        assertThat(stored.notes()).isEqualTo("Call on Friday");
        assertThat(screening.candidates(otherJob).getFirst().status()).isEqualTo(CandidateStatus.NEW);
    }

    @Test
    void changesToMissingCandidatesReportFalse() {
        assertThat(screening.setStatus(404, CandidateStatus.INTERVIEW)).isFalse();
        assertThat(screening.setNotes(404, "nobody")).isFalse();
        assertThat(screening.find(404)).isEmpty();
    }

    @Test
    void aRunForAJobThatDoesNotExistStoresNothing() {
        assertThatThrownBy(() -> screening.saveRun(9_999, List.of(ASHA, VIKRAM)))
                .isInstanceOf(StorageException.class)
                .hasMessage("could not store the screening of job 9999");
        assertThat(screening.candidates(9_999)).isEmpty();
    }

    @Test
    void aRowThatNoLongerReadsIsLeftOutNotFatal() throws Exception {
        screening.saveRun(job, List.of(ASHA, MEERA));
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE screening_candidate SET analysis_json = '[1, 2' WHERE file_name = 'meera.pdf'");
        }

        assertThat(screening.candidates(job)).extracting(c -> c.resume().file()).containsExactly("asha.txt");
    }
}
