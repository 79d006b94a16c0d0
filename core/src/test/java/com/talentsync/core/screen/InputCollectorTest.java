package com.talentsync.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.TestDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputCollectorTest {

    private static final long MB = 1024L * 1024L;

    @TempDir
    Path temp;

    private CollectedInputs collect(ArchiveLimits limits, Path... inputs) throws Exception {
        Path unpack = Files.createDirectories(temp.resolve("unpack"));
        return new InputCollector(limits, Optional.of(unpack)).collect(List.of(inputs));
    }

    private CollectedInputs collect(Path... inputs) throws Exception {
        return collect(ArchiveLimits.defaults(), inputs);
    }

    @Test
    void unpackedEntriesAreReadableUntilCloseThenTheFolderIsGone() throws Exception {
        Path zip = zip(temp.resolve("cvs.zip"), "a/asha.txt", "Asha Rao, Java developer", "b.txt", "Vikram");

        Path unpackFolder;
        try (CollectedInputs collected = collect(zip)) {
            assertThat(collected.files()).extracting(InputFile::display).containsExactly("cvs.zip!/a/asha.txt", "cvs.zip!/b.txt");
            assertThat(collected.files().getFirst().path()).hasContent("Asha Rao, Java developer").hasFileName("asha.txt");
            unpackFolder = collected.unpackFolder().orElseThrow();
            assertThat(unpackFolder).startsWith(temp.resolve("unpack"));
        }
        assertThat(unpackFolder).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedAsAWholeWithOneLineNamingTheArchive() throws Exception {
        Path zip = temp.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            stream.putNextEntry(new ZipEntry("ok.txt"));
            stream.write("a real resume".getBytes(StandardCharsets.UTF_8));
            stream.closeEntry();
            stream.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 8; i++) {
                stream.write(zeros); // 8 MB of zeros pack into a few KB
            }
            stream.closeEntry();
        }

        try (CollectedInputs collected = collect(zip)) {
            assertThat(collected.files()).isEmpty();
            assertThat(collected.failed()).singleElement().satisfies(failed -> {
                assertThat(failed.file()).isEqualTo("bomb.zip");
                assertThat(failed.error()).startsWith("bomb.zip was not opened: it looks like a ZIP bomb")
                        .contains("zeros.txt").doesNotContain("\n");
            });
            assertThat(collected.unpackFolder().orElseThrow()).isEmptyDirectory();
        }
    }

    @CsvSource(delimiter = '|', value = {
            "3 | 100 | 1000 | many.zip was not opened: it holds 4 entries (limit 3)",
            "10 | 100 | 25 | many.zip was not opened: it unpacks to more than 1 KB (limit 1 KB)"})
    @ParameterizedTest
    void archivesOverTheCountOrTotalLimitAreRefused(int maxEntries, long maxEntryKb, long maxTotalBytes, String message)
            throws Exception {
        String ten = "0123456789";
        Path zip = zip(temp.resolve("many.zip"), "1.txt", ten, "2.txt", ten, "3.txt", ten, "4.txt", ten);
        ArchiveLimits limits = new ArchiveLimits(maxEntries, maxEntryKb * 1024, maxTotalBytes, 100, MB);

        try (CollectedInputs collected = collect(limits, zip)) {
            assertThat(collected.files()).isEmpty();
            assertThat(collected.failed()).containsExactly(new FailedFile("many.zip", message));
        }
    }

    @Test
    void anEntryOverThePerFileLimitFailsAloneAndTheRestIsKept() throws Exception {
        Path zip = zip(temp.resolve("cvs.zip"), "big.txt", "x".repeat(5000), "small.txt", "Asha Rao");
        ArchiveLimits limits = new ArchiveLimits(10, 1024, MB, 1000, MB);

        try (CollectedInputs collected = collect(limits, zip)) {
            assertThat(collected.files()).extracting(InputFile::display).containsExactly("cvs.zip!/small.txt");
            assertThat(collected.failed()).containsExactly(new FailedFile("cvs.zip!/big.txt",
                    "big.txt is too large: more than 1 KB unpacked (limit 1 KB)"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "a/../../evil.txt", "/etc/evil.txt", "C:/Windows/evil.txt",
            "..\\evil.txt", "a\\..\\..\\evil.txt", "\\\\server\\share\\evil.txt", "D:evil.txt"})
    void entriesWhosePathLeavesTheArchiveAreRefusedAndNothingIsWrittenOutside(String name) throws Exception {
        Path zip = zip(temp.resolve("trap.zip"), name, "gotcha", "ok.txt", "fine");

        try (CollectedInputs collected = collect(zip)) {
            assertThat(collected.files()).extracting(InputFile::display).containsExactly("trap.zip!/ok.txt");
            assertThat(collected.failed()).singleElement().satisfies(failed -> {
                assertThat(failed.file()).isEqualTo("trap.zip!/" + name.replace('\\', '/'));
                assertThat(failed.error()).contains("was refused").contains("inside the archive");
            });
        }
        assertThat(temp.resolve("evil.txt")).doesNotExist();
        assertThat(temp.getParent().resolve("evil.txt")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inner.zip", "cv.jar", "backup.7z", "old.rar", "x.tar", "y.tar.gz", "z.tgz"})
    void archivesInsideTheArchiveAreListedAsFailed(String name) throws Exception {
        Path zip = zip(temp.resolve("outer.zip"), "nested/" + name, "PK", "cv.txt", "text");

        try (CollectedInputs collected = collect(zip)) {
            assertThat(collected.files()).extracting(InputFile::display).containsExactly("outer.zip!/cv.txt");
            assertThat(collected.failed()).singleElement().satisfies(failed -> {
                assertThat(failed.file()).isEqualTo("outer.zip!/nested/" + name);
                assertThat(failed.error()).isEqualTo(name + " is an archive inside outer.zip: archives within archives"
                        + " are not opened; put its resumes in the ZIP itself");
            });
        }
    }

    @Test
    void aWordDocumentInsideTheArchiveIsNotMistakenForAnArchive() throws Exception {
        Path docx = TestDocuments.docx(temp, "asha.docx", "Asha Rao", "Java developer");
        Path zip = temp.resolve("cvs.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            stream.putNextEntry(new ZipEntry("asha.docx"));
            stream.write(Files.readAllBytes(docx));
            stream.closeEntry();
        }

        try (CollectedInputs collected = collect(zip)) {
            assertThat(collected.files()).extracting(InputFile::display).containsExactly("cvs.zip!/asha.docx");
            assertThat(collected.files().getFirst().path()).hasSameBinaryContentAs(docx);
            assertThat(collected.failed()).isEmpty();
        }
    }

    @Test
    void aDamagedZipIsOneFailure() throws Exception {
        Path zip = TestDocuments.text(temp, "broken.zip", "this is not a zip archive");

        try (CollectedInputs collected = collect(zip)) {
            assertThat(collected.failed()).containsExactly(new FailedFile("broken.zip",
                    "broken.zip could not be read: it looks damaged or is not a valid ZIP archive"));
        }
    }

    @Test
    void namesInTheOldDosCodePageAreRead() throws Exception {
        Path zip = temp.resolve("dos.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream stream = new ZipOutputStream(out, Charset.forName("IBM437"))) {
            stream.putNextEntry(new ZipEntry("José.txt"));
            stream.write("José Núñez".getBytes(StandardCharsets.UTF_8));
            stream.closeEntry();
        }

        try (CollectedInputs collected = collect(zip)) {
            assertThat(collected.files()).extracting(InputFile::display).containsExactly("dos.zip!/José.txt");
        }
    }

    @Test
    void foldersAreWalkedSkippingJunkOpeningZipsAndRefusingOtherArchives() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        TestDocuments.text(folder, "b.txt", "B");
        Files.createDirectories(folder.resolve("deep/deeper"));
        TestDocuments.text(folder.resolve("deep/deeper"), "a.pdf", "A");
        TestDocuments.text(folder, "~$b.docx", "lock");
        TestDocuments.text(folder, "Thumbs.db", "cache");
        TestDocuments.text(folder, "._b.txt", "fork");
        zip(folder.resolve("more.zip"), "c.txt", "C");
        TestDocuments.text(folder, "old.7z", "7z");

        try (CollectedInputs collected = collect(folder)) {
            assertThat(collected.files()).extracting(InputFile::display)
                    .containsExactly("b.txt", "deep/deeper/a.pdf", "more.zip!/c.txt");
            assertThat(collected.failed()).containsExactly(new FailedFile("old.7z",
                    "old.7z: only ZIP archives are opened; unpack it, or put its resumes in a folder or a .zip"));
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aLinkBackUpTheTreeIsNotFollowedInALoop() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in/sub"));
        TestDocuments.text(folder, "a.txt", "A");
        Files.createSymbolicLink(folder.resolve("loop"), temp.resolve("in"));

        try (CollectedInputs collected = collect(temp.resolve("in"))) {
            assertThat(collected.files()).extracting(InputFile::display).containsExactly("sub/a.txt");
            assertThat(collected.failed()).isEmpty();
        }
    }

    @CsvSource({
            "cv.pdf, cv.pdf",
            "'a:b*c?.txt', a_b_c_.txt",
            "'  ', unnamed",
            "'..', unnamed"})
    @ParameterizedTest
    void unpackedFileNamesAreSafeForAnyDisk(String entryName, String expected) {
        assertThat(ZipUnpacker.safeFileName(entryName)).isEqualTo(expected);
    }

    @Test
    void veryLongNamesAreCutKeepingTheExtension() {
        String name = "x".repeat(300) + ".docx";

        assertThat(ZipUnpacker.safeFileName(name)).hasSize(150).endsWith(".docx");
    }

    static Path zip(Path file, String... namesAndTexts) throws IOException {
        return ScreeningServiceTest.zip(file, namesAndTexts);
    }
}
