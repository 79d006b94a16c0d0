package com.talentsync.core.screen;

import static com.talentsync.core.screen.ScreeningFixtures.asha;
import static com.talentsync.core.screen.ScreeningFixtures.meera;
import static com.talentsync.core.screen.ScreeningFixtures.ravi;
import static com.talentsync.core.screen.ScreeningFixtures.vikram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.ReaderLimits;
import com.talentsync.core.resume.TestDocuments;
import com.talentsync.core.resume.TikaDocumentReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningServiceTest {

    private static final TikaDocumentReader READER = new TikaDocumentReader(ReaderLimits.defaults());
    private static final ResumeScorer JAVA_JOB = ScreeningFixtures.scorer(List.of("Java", "SQL", "Apache Kafka", "Docker"));

    @TempDir
    Path temp;
    private Path unpackRoot;
    private Path folder;

    @BeforeEach
    void setUp() throws IOException {
        unpackRoot = Files.createDirectory(temp.resolve("unpack"));
        folder = Files.createDirectory(temp.resolve("resumes"));
    }

    private ScreeningService service(int threads) {
        return new ScreeningService(READER, ScreeningFixtures::analyzer, threads, ArchiveLimits.defaults(),
                Optional.of(unpackRoot));
    }

    private ScreenResult screen(List<Path> inputs) throws InputException {
        return service(2).screen(inputs, JAVA_JOB, ScreenListener.NONE, () -> false);
    }

    @Test
    void aFolderIsRankedBestFirstWithFailuresAndJunkLeftOut() throws Exception {
        TestDocuments.text(folder, "asha.txt", asha());
        TestDocuments.docx(folder, "vikram.docx", vikram().split("\n"));
        Files.createDirectories(folder.resolve("qa"));
        TestDocuments.text(folder.resolve("qa"), "meera.txt", meera());
        TestDocuments.bytes(folder, "photo.png", TestDocuments.pngBytes());
        TestDocuments.text(folder, ".DS_Store", "junk");
        Files.createDirectories(folder.resolve("__MACOSX"));
        TestDocuments.text(folder.resolve("__MACOSX"), "asha.txt", asha());
        Files.createDirectories(folder.resolve(".git"));
        TestDocuments.text(folder.resolve(".git"), "old.txt", ravi());

        ScreenResult result = screen(List.of(folder));

        // Asha shows Java, SQL, Kafka (75); Vikram Java, SQL, Docker (75); Meera only Java (25).
        assertThat(result.ranking()).extracting(ScreenedResume::file, ScreenedResume::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple("asha.txt", 75),
                org.assertj.core.groups.Tuple.tuple("vikram.docx", 75),
                org.assertj.core.groups.Tuple.tuple("qa/meera.txt", 25));
        assertThat(result.count()).isEqualTo(3);
        assertThat(result.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.file()).isEqualTo("photo.png");
            assertThat(failed.error()).startsWith("unsupported file type: .png").doesNotContain("\n");
        });
        assertThat(result.cancelled()).isFalse();
        assertThat(result.ranking().getFirst().name()).isEqualTo("Asha Rao");
        assertThat(result.ranking().getFirst().category()).isEqualTo("Java Developer");
    }

    @Test
    void identicalFilesAndTheSameResumeInAnotherFormatAreGroupedAndNotRanked() throws Exception {
        TestDocuments.text(folder, "b-asha.txt", asha());
        TestDocuments.text(folder, "a-asha-copy.txt", asha());
        TestDocuments.docx(folder, "c-asha-as-word.docx", asha().split("\n"));
        TestDocuments.text(folder, "vikram.txt", vikram());
        TestDocuments.text(folder, "z-vikram.txt", vikram());

        ScreenResult result = screen(List.of(folder));

        assertThat(result.ranking()).extracting(ScreenedResume::file).containsExactly("a-asha-copy.txt", "vikram.txt");
        assertThat(result.count()).isEqualTo(2);
        assertThat(result.duplicates()).containsExactly(
                new DuplicateGroup("a-asha-copy.txt", List.of("b-asha.txt", "c-asha-as-word.docx"), false),
                new DuplicateGroup("vikram.txt", List.of("z-vikram.txt"), true));
    }

    @Test
    void aZipIsScreenedAndItsBadEntriesListedUnderTheArchive() throws Exception {
        Path zip = zip(temp.resolve("batch.zip"),
                "people/asha.txt", asha(),
                "people/ravi.txt", ravi(),
                "../escape.txt", vikram(),
                "inner/more.zip", "PK not really",
                "__MACOSX/people/._asha.txt", "fork");

        ScreenResult result = screen(List.of(zip, folder));

        assertThat(result.ranking()).extracting(ScreenedResume::file)
                .containsExactly("batch.zip!/people/asha.txt", "batch.zip!/people/ravi.txt");
        assertThat(result.failed()).extracting(FailedFile::file)
                .containsExactly("batch.zip!/../escape.txt", "batch.zip!/inner/more.zip");
        assertThat(result.failed().get(0).error()).contains("..").contains("inside the archive");
        assertThat(result.failed().get(1).error()).contains("archive inside batch.zip");
        assertThat(unpackRoot).isEmptyDirectory();
    }

    @Test
    void progressIsReportedOncePerFileWithTheTotal() throws Exception {
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
            TestDocuments.text(folder, name, asha().replace("Asha", name));
        }
        TestDocuments.text(folder, "broken.pdf", "not a pdf at all");
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        List<String> files = Collections.synchronizedList(new ArrayList<>());

        service(2).screen(List.of(folder), JAVA_JOB, (finished, total, file) -> {
            assertThat(total).isEqualTo(5);
            done.add(finished);
            files.add(file);
        }, () -> false);

        assertThat(done).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(files).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt", "d.txt", "broken.pdf");
    }

    @Test
    void cancellingKeepsWhatWasDoneAndSkipsTheRest() throws Exception {
        List<String> texts = List.of(asha(), vikram(), meera(), ravi());
        for (int i = 0; i < texts.size(); i++) {
            TestDocuments.text(folder, "r" + i + ".txt", texts.get(i));
        }
        AtomicInteger finished = new AtomicInteger();

        ScreenResult result = service(1).screen(List.of(folder), JAVA_JOB,
                (done, total, file) -> finished.set(done), () -> finished.get() >= 2);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.ranking()).extracting(ScreenedResume::file).containsExactlyInAnyOrder("r0.txt", "r1.txt");
        assertThat(result.count()).isEqualTo(2);
    }

    @Test
    void aScorerThatBreaksOnOneFileFailsOnlyThatFile() throws Exception {
        TestDocuments.text(folder, "asha.txt", asha());
        TestDocuments.text(folder, "meera.txt", meera());
        ResumeScorer fragile = analysis -> {
            if (analysis.facts().contact().name().orElse("").startsWith("Meera")) {
                throw new IllegalStateException("no embedding\nfor this text");
            }
            return JAVA_JOB.score(analysis);
        };

        ScreenResult result = service(2).screen(List.of(folder), fragile, ScreenListener.NONE, () -> false);

        assertThat(result.ranking()).extracting(ScreenedResume::file).containsExactly("asha.txt");
        assertThat(result.failed()).containsExactly(new FailedFile("meera.txt", "could not read: no embedding for this text"));
    }

    @Test
    void filesGivenDirectlyAreScreenedAndTheSameFileTwiceOnce() throws Exception {
        Path asha = TestDocuments.text(temp, "asha.txt", asha());
        Path meera = TestDocuments.text(temp, "meera.txt", meera());

        ScreenResult result = screen(List.of(meera, asha, asha));

        assertThat(result.ranking()).extracting(ScreenedResume::file).containsExactly("asha.txt", "meera.txt");
        assertThat(result.duplicates()).isEmpty();
    }

    @Test
    void anEmptyFolderGivesAnEmptyRanking() throws Exception {
        ScreenResult result = screen(List.of(folder));

        assertThat(result.count()).isZero();
        assertThat(result.ranking()).isEmpty();
        assertThat(result.failed()).isEmpty();
    }

    @Test
    void inputsThatCannotBeScreenedAtAllAreOneLineErrors() throws Exception {
        Path notes = TestDocuments.text(temp, "notes.xyz", "hello");
        Path rar = TestDocuments.bytes(temp, "old.rar", new byte[] {'R', 'a', 'r', '!'});

        assertThatThrownBy(() -> screen(List.of(temp.resolve("nowhere"))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("not found: ")
                .hasMessageContaining("give a folder, a .zip archive or resume files: pdf, docx");
        assertThatThrownBy(() -> screen(List.of(folder, notes)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("unsupported input: notes.xyz")
                .satisfies(e -> assertThat(((InputException) e).error().kind()).isEqualTo(InputError.Kind.UNSUPPORTED));
        assertThatThrownBy(() -> screen(List.of(rar)))
                .isInstanceOf(InputException.class)
                .hasMessage("old.rar: only ZIP archives are opened (give a folder, a .zip archive or resume files: "
                        + "pdf, docx, doc, rtf, odt, html, txt)");
        assertThatThrownBy(() -> screen(List.of()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("nothing to screen");
    }

    /** Name and content pairs; every entry stored with its name exactly as given. */
    static Path zip(Path file, String... namesAndTexts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
