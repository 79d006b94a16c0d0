package com.talentsync.core.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.talentsync.core.store.Database;
import com.talentsync.core.store.ResumeRepository;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input, through the library the app uses: each must come back as one
 * {@link ImportOutcome.Rejected} with the right kind and a one-line message naming the file,
 * and must leave the database untouched.
 */
class ImportRejectionTest {

    private static final String SUPPORTED = "pdf, docx, doc, rtf, odt, html, txt";

    @TempDir
    static Path dataFolder;

    @TempDir
    Path dir;

    private static Database database;
    private static ResumeRepository repository;
    private static ResumeLibrary library;

    @BeforeAll
    static void open() throws Exception {
        database = Database.open(dataFolder);
        repository = new ResumeRepository(database);
        library = new DefaultResumeLibrary(new TikaDocumentReader(ReaderLimits.defaults()), repository);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    record Case(String label, String fileName, Function<Path, Path> write, InputError.Kind kind, String message) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Case> badInputs() {
        return Stream.of(
                new Case("unsupported type", "photo.xyz", f -> write(f, "data"), InputError.Kind.UNSUPPORTED,
                        "unsupported file type: .xyz (supported: " + SUPPORTED + ")"),
                new Case("no extension", "resume", f -> write(f, "Jane Doe"), InputError.Kind.UNSUPPORTED,
                        "unsupported file type: resume has no extension (supported: " + SUPPORTED + ")"),
                new Case("empty text file", "empty.txt", f -> write(f, ""), InputError.Kind.EMPTY,
                        "file is empty: empty.txt (0 bytes)"),
                new Case("0-byte PDF", "empty.pdf", f -> write(f, ""), InputError.Kind.EMPTY,
                        "file is empty: empty.pdf (0 bytes)"),
                new Case("text file of only whitespace", "blank.txt", f -> write(f, " \r\n\t\n \n"),
                        InputError.Kind.NO_TEXT, "blank.txt contains no text"),
                new Case("corrupt PDF", "broken.pdf", f -> write(f, "%PDF-1.7\n1 0 obj << /Type /Cat"),
                        InputError.Kind.CORRUPT,
                        "broken.pdf could not be read: it looks damaged or is not a valid PDF document"),
                new Case("password-protected PDF", "locked.pdf",
                        f -> TestDocuments.encryptedPdf(f.getParent(), "locked.pdf"), InputError.Kind.ENCRYPTED,
                        "locked.pdf is password-protected; save a copy without a password and import that"),
                new Case("password-protected DOCX", "locked.docx",
                        f -> TestDocuments.encryptedDocx(f.getParent(), "locked.docx"), InputError.Kind.ENCRYPTED,
                        "locked.docx is password-protected; save a copy without a password and import that"),
                new Case("PNG renamed to .pdf", "photo.pdf",
                        f -> TestDocuments.bytes(f.getParent(), "photo.pdf", TestDocuments.pngBytes()),
                        InputError.Kind.UNSUPPORTED, "photo.pdf is not a PDF document: its content is image/png"),
                new Case("executable renamed to .pdf", "program.pdf",
                        f -> TestDocuments.bytes(f.getParent(), "program.pdf", TestDocuments.elfBytes()),
                        InputError.Kind.UNSUPPORTED, "program.pdf is not a PDF document: its content is application/x-"),
                new Case("zip renamed to .docx", "archive.docx",
                        f -> TestDocuments.plainZip(f.getParent(), "archive.docx"), InputError.Kind.UNSUPPORTED,
                        "archive.docx is not a Word document: its content is application/zip"),
                new Case("binary renamed to .txt", "data.txt", f -> TestDocuments.bytes(f.getParent(), "data.txt",
                        binaryNoise()), InputError.Kind.UNSUPPORTED,
                        "data.txt is not a plain-text file: its content is binary data, not text; supported: "
                                + SUPPORTED),
                new Case("image-only PDF", "scan.pdf", f -> TestDocuments.imageOnlyPdf(f.getParent(), "scan.pdf"),
                        InputError.Kind.NO_TEXT, "scan.pdf has no text layer: it looks image-only (scanned); run OCR"
                                + " on it first and import the result, or paste the text instead"),
                new Case("200 MB file", "huge.pdf", ImportRejectionTest::sparse200Megabytes,
                        InputError.Kind.TOO_LARGE, "huge.pdf is too large: 200 MB (limit 50 MB)"),
                new Case("folder", "resumes.pdf", ImportRejectionTest::folder, InputError.Kind.UNSUPPORTED,
                        "resumes.pdf is a folder, not a file; choose a resume file (supported: " + SUPPORTED + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRejectedWithOneClearLineAndNothingStored(Case bad) {
        Path file = bad.write().apply(dir.resolve(bad.fileName()));

        assertRejected(file, bad.kind(), bad.message());
    }

    @Test
    void missingFileIsNotFound() {
        Path missing = dir.resolve("missing.pdf");

        assertRejected(missing, InputError.Kind.NOT_FOUND, "file not found: " + missing);
    }

    @Test
    void fileWithoutReadPermissionIsUnreadable() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "needs POSIX permissions");
        Path file = TestDocuments.text(dir, "private.txt", "Jane Doe");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "running as root: permissions do not stop root from reading");

        assertRejected(file, InputError.Kind.UNREADABLE, "cannot read private.txt: permission denied");
    }

    private static void assertRejected(Path file, InputError.Kind kind, String messageStart) {
        long before = repository.count();

        ImportOutcome outcome = library.importFile(file);

        String name = file.getFileName().toString();
        // "unsupported file type: .xyz (...)" names the problem, not the file; the source does that.
        String namesIt = name.endsWith(".xyz") ? ".xyz" : name;
        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Rejected.class, rejected -> {
            assertThat(rejected.source()).isEqualTo(name);
            assertThat(rejected.error().kind()).isEqualTo(kind);
            assertThat(rejected.error().message())
                    .startsWith(messageStart)
                    .contains(namesIt)
                    .doesNotContain("\n", "\r", "Exception");
        });
        assertThat(repository.count()).as("rows after a rejected import").isEqualTo(before);
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sparse, so the test costs no disk or time; a reader that parsed it would say CORRUPT. */
    private static Path sparse200Megabytes(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(Path path) {
        try {
            return Files.createDirectory(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] binaryNoise() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 131);
        }
        return bytes;
    }
}
