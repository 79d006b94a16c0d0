package com.talentsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisRepositoryTest {

    private static final AnalysisStamp V1 = new AnalysisStamp("extract-1", "tax-1", "model-1", "review-1");
    private static final AnalysisStamp NEW_MODEL = new AnalysisStamp("extract-1", "tax-1", "model-2", "review-1");

    @TempDir
    Path temp;

    private Database database;
    private ResumeRepository resumes;
    private AnalysisRepository analyses;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(temp);
        resumes = new ResumeRepository(database);
        analyses = new AnalysisRepository(database);
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

    @Test
    void savedAnalysisIsReadBackWithItsStampAndReplacedOnTheNextSave() {
        long id = resume('a');

        analyses.save(id, V1, "{\"v\":1}");
        assertThat(analyses.find(id)).hasValueSatisfying(stored -> {
            assertThat(stored.stamp()).isEqualTo(V1);
            assertThat(stored.json()).isEqualTo("{\"v\":1}");
        });

        analyses.save(id, NEW_MODEL, "{\"v\":2}");
        assertThat(analyses.find(id).orElseThrow().json()).isEqualTo("{\"v\":2}");
        assertThat(analyses.find(id).orElseThrow().stamp()).isEqualTo(NEW_MODEL);
    }

    @Test
    void staleMeansMissingOrMadeByOtherVersions() {
        long fresh = resume('a');
        long old = resume('b');
        long never = resume('c');
        analyses.save(fresh, NEW_MODEL, "{}");
        analyses.save(old, V1, "{}");

        assertThat(analyses.staleResumeIds(NEW_MODEL)).containsExactly(old, never);
        assertThat(analyses.staleResumeIds(V1)).containsExactly(fresh, never);
    }

    @Test
    void deletingAResumeDeletesItsAnalysisAndSavingForAMissingResumeStoresNothing() {
        long id = resume('a');
        analyses.save(id, V1, "{}");

        resumes.delete(id);
        analyses.save(id, V1, "{}");

        assertThat(analyses.find(id)).isEmpty();
    }

    @Test
    void analysesSurviveReopeningTheDatabase() throws Exception {
        long id = resume('a');
        analyses.save(id, V1, "{\"kept\":true}");
        database.close();

        database = Database.open(temp);
        analyses = new AnalysisRepository(database);

        assertThat(analyses.find(id).orElseThrow().json()).contains("kept");
    }
}
