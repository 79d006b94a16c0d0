package com.talentsync.core.resume.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.layout.LayoutProbe;
import com.talentsync.core.store.AnalysisRepository;
import com.talentsync.core.store.Database;
import com.talentsync.core.store.InsertResult;
import com.talentsync.core.store.NewResume;
import com.talentsync.core.store.ResumeRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeAnalysisServiceTest {

    @TempDir
    Path temp;

    private Database database;
    private ResumeRepository resumes;
    private AnalysisRepository analyses;
    private final AtomicReference<ResumeAnalyzer> current = new AtomicReference<>(ResumeAnalyzerTest.analyzer("m1"));
    private ResumeAnalysisService service;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp);
        resumes = new ResumeRepository(database);
        analyses = new AnalysisRepository(database);
        service = new ResumeAnalysisService(resumes, analyses, current::get, new LayoutProbe());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long store(String text, char hashDigit) {
        var result = resumes.insert(new NewResume("R", "r.txt", "text/plain", String.valueOf(hashDigit).repeat(64),
                text.length(), text.split("\\s+").length, text), text.getBytes(StandardCharsets.UTF_8));
        return ((InsertResult.Inserted) result).resume().id();
    }

    @Test
    void theFirstRequestAnalysesAndStoresLaterOnesReadTheStoredAnalysis() {
        long id = store("Asha Rao\nasha@example.com\nSkills: Java, SQL", 'a');

        ResumeAnalysis first = service.analysisOf(id).orElseThrow();
        var stored = analyses.find(id).orElseThrow();
        ResumeAnalysis second = service.analysisOf(id).orElseThrow();

        assertThat(stored.stamp()).isEqualTo(current.get().stamp());
        assertThat(analyses.find(id).orElseThrow().createdAt()).isEqualTo(stored.createdAt());
        assertThat(second).isEqualTo(first);
        assertThat(second.facts().contact().email()).contains("asha@example.com");
    }

    @Test
    void aNewModelMakesTheStoredAnalysisStaleAndItIsRedone() {
        long id = store("Asha Rao\nSkills: Java", 'a');
        service.analysisOf(id);

        current.set(ResumeAnalyzerTest.analyzer("m2"));
        ResumeAnalysis redone = service.analysisOf(id).orElseThrow();

        assertThat(redone.stamp().model()).isEqualTo("m2");
        assertThat(analyses.find(id).orElseThrow().stamp().model()).isEqualTo("m2");
    }

    @Test
    void reanalysingStaleResumesCoversEachOnceReportsProgressAndStopsWhenCancelled() {
        long a = store("one", 'a');
        store("two", 'b');
        store("three", 'c');
        service.analysisOf(a);
        current.set(ResumeAnalyzerTest.analyzer("m2"));

        assertThat(service.reanalyseStale((done, total) -> {}, () -> true)).isZero();

        List<String> progress = new ArrayList<>();
        int done = service.reanalyseStale((finished, total) -> progress.add(finished + "/" + total), () -> false);

        assertThat(done).isEqualTo(3);
        assertThat(progress).containsExactly("1/3", "2/3", "3/3");
        assertThat(service.reanalyseStale((finished, total) -> {}, () -> false)).isZero();
    }

    @Test
    void anEmptyLibraryDoesNotLoadTheAnalyzerAtAll() {
        ResumeAnalysisService lazy = new ResumeAnalysisService(resumes, analyses, () -> {
            throw new AssertionError("the analyzer was loaded for an empty library");
        }, new LayoutProbe());

        assertThat(lazy.reanalyseStale((done, total) -> {}, () -> false)).isZero();
    }

    @Test
    void anUnknownResumeHasNoAnalysis() {
        assertThat(service.analysisOf(404)).isEmpty();
    }
}
