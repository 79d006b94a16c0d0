package com.talentsync.app.gui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.AppServices;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenListener;
import com.talentsync.core.screen.ScreenResult;
import com.talentsync.core.store.StoredJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real backend over core and H2: a run is stored per job, and the recruiter's decisions stick. */
class ServicesScreeningBackendTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private AppServices services;
    private ServicesScreeningBackend backend;

    @BeforeEach
    void open() {
        services = new AppServices(dataDir, 50);
        backend = new ServicesScreeningBackend(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aRunIsStoredRankedAndKeepsStatusAndNotesWhenRepeated() throws Exception {
        StoredJob job = backend.addJob("""
                Python Developer
                Requirements:
                - Python and Django
                - PostgreSQL
                Responsibilities:
                - Build web APIs in Python
                """);
        Files.writeString(files.resolve("ana.txt"), """
                Ana Ruiz
                Experience
                Python Developer, Webly, Jan 2019 - Present
                - Built web APIs in Python and Django on PostgreSQL
                Skills
                Python, Django, PostgreSQL
                """);
        Files.writeString(files.resolve("bo.txt"), """
                Bo Lind
                Experience
                Pastry Chef, Bakery Nord, 2015 - Present
                - Baked bread and cakes every morning
                Skills
                Baking, food safety
                """);

        ScreenResult result = backend.screen(job.id(), List.of(files), ScreenListener.NONE, () -> false);
        List<Candidate> stored = backend.candidates(job.id());
        backend.setStatus(job.id(), stored.getFirst().sha256(), CandidateStatus.SHORTLISTED);
        backend.setNotes(job.id(), stored.getFirst().sha256(), "call on Monday");
        backend.screen(job.id(), List.of(files), ScreenListener.NONE, () -> false);

        assertThat(result.count()).isEqualTo(2);
        assertThat(stored).extracting(candidate -> candidate.resume().file()).containsExactly("ana.txt", "bo.txt");
        assertThat(backend.mustHaves(job.id())).contains("Python", "Django", "PostgreSQL");
        Candidate first = backend.candidates(job.id()).getFirst();
        assertThat(first.status()).isEqualTo(CandidateStatus.SHORTLISTED);
        assertThat(first.notes()).isEqualTo("call on Monday");
        assertThat(backend.candidates(job.id())).hasSize(2);
    }

    @Test
    void blindExportsHideNames() throws Exception {
        StoredJob job = backend.addJob("Python Developer\nRequirements:\n- Python\n");
        Files.writeString(files.resolve("resume.txt"), "Ana Ruiz\nana.ruiz@example.com\nSkills\nPython, Django\n");
        backend.screen(job.id(), List.of(files.resolve("resume.txt")), ScreenListener.NONE, () -> false);
        Path csv = files.resolve("out.csv");

        backend.export(job.id(), csv, ExportFormat.CSV, true, backend.candidates(job.id()));

        assertThat(Files.readString(csv)).contains("Candidate 1").doesNotContain("Ana", "Ruiz", "example.com");
    }

    @Test
    void aBlankPastedAdIsRefusedWithOneLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> backend.addJob("   "))
                .hasMessageNotContaining("\n")
                .isInstanceOf(com.talentsync.core.resume.InputException.class);
    }

}
