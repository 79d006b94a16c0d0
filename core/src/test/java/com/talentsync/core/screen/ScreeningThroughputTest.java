package com.talentsync.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.classify.ClassifierService;
import com.talentsync.core.resume.ReaderLimits;
import com.talentsync.core.resume.TestDocuments;
import com.talentsync.core.resume.TikaDocumentReader;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import com.talentsync.core.resume.extract.RuleBasedResumeExtractor;
import com.talentsync.core.resume.review.ResumeReviewer;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A throughput check to run by hand, never in the build: screens the 962 resumes of the public
 * UpdatedResumeDataSet (read from ../shared/data, never copied here) written as .txt or .docx
 * files, with the real Tika reader, analyzer and trained classifier on two workers, and logs
 * resumes per second and heap in use. The scorer is a stand-in: the real matcher adds its own
 * cost. Each file gets a line of its own so no two have the same bytes and every one is read
 * and analysed; the dataset's repeated texts then show up as near-identical groups.
 *
 * <pre>
 * ./mvnw -B -o test -pl core -am -Dtest=ScreeningThroughputTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtalentsync.bench=true -Dsurefire.extra.args=-Xmx1g [-Dtalentsync.bench.format=docx]
 * </pre>
 * The first format in a JVM pays for loading Tika and warming the JIT; name one format to time it cold.
 * The figures are appended to core/target/screen-bench.txt.
 */
@EnabledIfSystemProperty(named = "talentsync.bench", matches = "true")
class ScreeningThroughputTest {

    private static final String DATASET = "updated-resume-dataset/UpdatedResumeDataSet.csv";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx"})
    void screensTheDatasetOnTwoWorkers(String format, TestReporter reporter) throws Exception {
        String only = System.getProperty("talentsync.bench.format", format);
        Assumptions.assumeTrue(only.equals(format), "only " + only + " asked for");
        Path csv = sharedData(DATASET).orElse(null);
        Assumptions.assumeTrue(csv != null, "needs ../shared/data/" + DATASET + " beside the project; not found");
        List<String> texts = resumes(csv);
        long writing = System.nanoTime();
        Path folder = Files.createDirectory(temp.resolve("resumes"));
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i) + "\nReference: applicant " + (i + 1);
            String name = String.format("resume-%04d.%s", i + 1, format);
            if (format.equals("txt")) {
                TestDocuments.text(folder, name, text);
            } else {
                TestDocuments.docx(folder, name, text.split("\n"));
            }
        }
        report(reporter, "files written in ms", Long.toString((System.nanoTime() - writing) / 1_000_000));
        ResumeAnalyzer analyzer = realAnalyzer(reporter);
        ScreeningService service = new ScreeningService(new TikaDocumentReader(ReaderLimits.defaults()), () -> analyzer, 2);
        ResumeScorer scorer = ScreeningFixtures.scorer(List.of("Java", "SQL", "Python", "Docker", "Selenium"));

        ScreenResult result = service.screen(List.of(folder), scorer, ScreenListener.NONE, () -> false);

        Runtime runtime = Runtime.getRuntime();
        long usedBeforeGc = runtime.totalMemory() - runtime.freeMemory();
        System.gc();
        long retained = runtime.totalMemory() - runtime.freeMemory();
        int duplicates = result.duplicates().stream().mapToInt(group -> group.duplicates().size()).sum();
        report(reporter, "screen bench " + format, String.format(Locale.ROOT, "%d files, %d ranked, %d"
                        + " near-identical duplicates in %d groups, %d failed, %d ms, %.1f resumes/s on 2 workers;"
                        + " heap in use %d MB (after GC, holding the result: %d MB; max heap %d MB)", texts.size(),
                result.count(), duplicates, result.duplicates().size(), result.failed().size(), result.elapsedMs(),
                texts.size() * 1000.0 / result.elapsedMs(), usedBeforeGc >> 20, retained >> 20, runtime.maxMemory() >> 20));
        assertThat(result.failed()).isEmpty();
        assertThat(result.count() + duplicates).isEqualTo(texts.size());
        assertThat(result.ranking()).isSortedAccordingTo(RankingColumn.BEST_FIRST);
    }

    private ResumeAnalyzer realAnalyzer(TestReporter reporter) throws IOException {
        long start = System.nanoTime();
        var classifier = new ClassifierService(temp.resolve("data")).current();
        report(reporter, "classifier ready in ms (not counted)", Long.toString((System.nanoTime() - start) / 1_000_000));
        SkillTaxonomy taxonomy = SkillTaxonomy.shipped();
        return new ResumeAnalyzer(new RuleBasedResumeExtractor(), new SkillFinder(taxonomy), taxonomy.version(),
                classifier, new ResumeReviewer(), Clock.systemDefaultZone());
    }

    /** Surefire keeps no report entries, so the figures also go to target/screen-bench.txt. */
    private static void report(TestReporter reporter, String key, String value) throws IOException {
        reporter.publishEntry(key, value);
        Files.writeString(Path.of("target", "screen-bench.txt"), Instant.now() + " " + key + ": " + value + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static List<String> resumes(Path csv) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                texts.add(row.get("Resume"));
            }
        }
        return texts;
    }

    private static Optional<Path> sharedData(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
