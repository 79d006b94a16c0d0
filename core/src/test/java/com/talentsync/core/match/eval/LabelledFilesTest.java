package com.talentsync.core.match.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledFilesTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsJobAdsCoverEveryClassifierCategoryOnce() throws Exception {
        Path folder = ProjectFiles.find("eval/job-ads").orElse(null);
        Assumptions.assumeTrue(folder != null, "eval/job-ads not found above " + Path.of("").toAbsolutePath());

        List<LabelledJob> jobs = LabelledJob.readFolder(folder);

        assertThat(jobs).hasSize(25);
        assertThat(new TreeSet<>(jobs.stream().map(LabelledJob::category).toList())).isEqualTo(classifierLabels());
        assertThat(jobs).allSatisfy(job -> {
            assertThat(job.text()).doesNotStartWith("Category").hasSizeGreaterThan(400);
            assertThat(job.name()).doesNotEndWith(".txt");
        });
    }

    @Test
    void aJobAdReadsItsCategoryFromTheFirstLineAndKeepsTheRest() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "\n  category:  HR \nHR Executive\n\nRun payroll.\n");
        Files.writeString(dir.resolve("a.txt"), "Category: Sales\nSales Executive\n");
        Files.writeString(dir.resolve("notes.md"), "not an ad");

        List<LabelledJob> jobs = LabelledJob.readFolder(dir);

        assertThat(jobs).containsExactly(new LabelledJob("a", "Sales", "Sales Executive"),
                new LabelledJob("b", "HR", "HR Executive\n\nRun payroll."));
    }

    @Test
    void anAdWithoutItsCategoryLineIsAOneLineUserError() throws Exception {
        Files.writeString(dir.resolve("java.txt"), "Java Developer\nBuild services.\n");

        assertThatThrownBy(() -> LabelledJob.readFolder(dir)).isInstanceOf(InputException.class)
                .hasMessage("java.txt: the first line must be 'Category: <label>' naming the resume category the ad is for");
    }

    @Test
    void aMissingOrEmptyFolderSaysWhatWasExpected() throws Exception {
        assertThatThrownBy(() -> LabelledJob.readFolder(dir.resolve("nope")))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.error().kind()).isEqualTo(InputError.Kind.NOT_FOUND))
                .hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> LabelledJob.readFolder(dir)).hasMessageContaining("holds no .txt job ads");
    }

    @Test
    void resumesAreReadFromACsvWithQuotedMultiLineFields() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "category,Resume,extra\r\nHR,\"Payroll, onboarding\nand \"\"recruitment\"\"\",x\r\n,blank,x\r\nSales,Field sales,y\r\n",
                StandardCharsets.UTF_8);

        assertThat(LabelledResume.readCsv(csv)).containsExactly(
                new LabelledResume("row 1", "HR", "Payroll, onboarding\nand \"recruitment\""),
                new LabelledResume("row 3", "Sales", "Field sales"));
    }

    @Test
    void aCsvWithoutTheColumnsSaysWhichAreNeeded() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "label,text\nHR,x\n");

        assertThatThrownBy(() -> LabelledResume.readCsv(csv)).isInstanceOf(InputException.class)
                .hasMessage("bad.csv: the first row must be a header with columns Category and Resume");
        assertThatThrownBy(() -> LabelledResume.readCsv(dir.resolve("none.csv"))).hasMessageContaining("not found");
    }

    /** The labels of the shipped category corpus: the classifier's classes. */
    private static Set<String> classifierLabels() throws IOException {
        Set<String> labels = new TreeSet<>();
        for (String file : read("/talentsync/classify/index.txt").split("\n")) {
            String name = file.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            read("/talentsync/classify/" + name).lines().filter(l -> l.startsWith("label:"))
                    .forEach(l -> labels.add(l.substring("label:".length()).strip()));
        }
        return labels;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = LabelledFilesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
