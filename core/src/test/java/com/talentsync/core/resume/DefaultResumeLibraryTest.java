package com.talentsync.core.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.store.Database;
import com.talentsync.core.store.ResumeRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultResumeLibraryTest {

    private static TikaDocumentReader tika;

    @TempDir
    Path dir;

    private Database database;
    private ResumeRepository repository;

    @BeforeAll
    static void loadTikaOnce() {
        tika = new TikaDocumentReader(ReaderLimits.defaults());
    }

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir.resolve("data"));
        repository = new ResumeRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void importsAFileAndReadsItBack() throws Exception {
        ResumeLibrary library = new DefaultResumeLibrary(tika, repository);
        Path pdf = TestDocuments.textPdf(dir, "Jane_Doe_CV.pdf", "Jane Doe", "Java and SQL");

        ResumeSummary imported = importedSummary(library.importFile(pdf));

        assertThat(imported.displayName()).isEqualTo("Jane_Doe_CV");
        assertThat(imported.fileName()).isEqualTo("Jane_Doe_CV.pdf");
        assertThat(imported.mediaType()).isEqualTo("application/pdf");
        assertThat(imported.sha256()).isEqualTo(sha256(Files.readAllBytes(pdf)));
        assertThat(imported.sizeBytes()).isEqualTo(Files.size(pdf));
        assertThat(imported.wordCount()).isEqualTo(5);
        assertThat(library.find(imported.id())).contains(imported);
        assertThat(library.extractedText(imported.id())).contains("Jane Doe\nJava and SQL");
        assertThat(repository.originalBytes(imported.id()).orElseThrow()).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void sameBytesAgainAreADuplicateFoundByHashWithoutParsing() throws Exception {
        CountingReader reader = new CountingReader(tika);
        ResumeLibrary library = new DefaultResumeLibrary(reader, repository);
        Path original = TestDocuments.text(dir, "cv.txt", "Jane Doe\nGo developer");
        Path renamedCopy = Files.copy(original, dir.resolve("copy of cv.txt"));
        ResumeSummary first = importedSummary(library.importFile(original));

        ImportOutcome again = library.importFile(original);
        ImportOutcome copy = library.importFile(renamedCopy);

        assertThat(again).isEqualTo(new ImportOutcome.Duplicate(first));
        assertThat(copy).isEqualTo(new ImportOutcome.Duplicate(first));
        assertThat(reader.reads.get()).as("parses").isEqualTo(1);
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void twoImportsOfOneFileRacingStoreOneRow() throws Exception {
        // Both threads get past the hash lookup before either inserts: the UNIQUE index decides.
        CyclicBarrier bothParsed = new CyclicBarrier(2);
        DocumentReader racing = file -> {
            ExtractedDocument document = tika.read(file);
            try {
                bothParsed.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return document;
        };
        ResumeLibrary library = new DefaultResumeLibrary(racing, repository);
        Path file = TestDocuments.text(dir, "race.txt", "Jane Doe\nConcurrency");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ImportOutcome> a = pool.submit(() -> library.importFile(file));
            Future<ImportOutcome> b = pool.submit(() -> library.importFile(file));
            List<ImportOutcome> outcomes = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

            assertThat(outcomes).hasOnlyElementsOfTypes(ImportOutcome.Imported.class, ImportOutcome.Duplicate.class)
                    .hasAtLeastOneElementOfType(ImportOutcome.Imported.class)
                    .hasAtLeastOneElementOfType(ImportOutcome.Duplicate.class);
            long[] ids = outcomes.stream().mapToLong(DefaultResumeLibraryTest::id).toArray();
            assertThat(ids[0]).isEqualTo(ids[1]);
            assertThat(repository.count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fileChangedBetweenHashAndParseIsRejected() {
        Path file = TestDocuments.text(dir, "moving.txt", "Version one");
        DocumentReader rewriting = f -> {
            TestDocuments.text(dir, "moving.txt", "Version two, saved by an editor meanwhile");
            return tika.read(f);
        };
        ResumeLibrary library = new DefaultResumeLibrary(rewriting, repository);

        ImportOutcome outcome = library.importFile(file);

        assertThat(outcome).isEqualTo(new ImportOutcome.Rejected("moving.txt", new InputError(
                InputError.Kind.UNREADABLE, "moving.txt changed while it was being imported; try again")));
        assertThat(repository.count()).isZero();
    }

    @Test
    void pastedTextIsNamedByItsFirstLineAndHashedAsUtf8() throws Exception {
        ResumeLibrary library = new DefaultResumeLibrary(tika, repository);
        String pasted = "\n\n   Zoë Müller  \nData engineer\n\n\n\nSpark, Kafka\n";

        ResumeSummary summary = importedSummary(library.importText("  ", pasted));

        assertThat(summary.displayName()).isEqualTo("Zoë Müller");
        assertThat(summary.fileName()).isEqualTo("pasted.txt");
        assertThat(summary.mediaType()).isEqualTo("text/plain");
        assertThat(summary.sha256()).isEqualTo(sha256(pasted.getBytes(StandardCharsets.UTF_8)));
        assertThat(summary.sizeBytes()).isEqualTo(pasted.getBytes(StandardCharsets.UTF_8).length);
        assertThat(summary.wordCount()).isEqualTo(6);
        assertThat(library.extractedText(summary.id())).contains("Zoë Müller\nData engineer\n\nSpark, Kafka");
        assertThat(library.importText("Another name", pasted)).isEqualTo(new ImportOutcome.Duplicate(summary));
    }

    @Test
    void pastedTextKeepsAGivenNameAndClipsADerivedOne() {
        ResumeLibrary library = new DefaultResumeLibrary(tika, repository);

        assertThat(importedSummary(library.importText(" Jane (pasted) ", "Jane Doe")).displayName())
                .isEqualTo("Jane (pasted)");
        String longLine = "word ".repeat(40);
        assertThat(importedSummary(library.importText(null, longLine)).displayName())
                .hasSizeLessThanOrEqualTo(80).startsWith("word word");
    }

    @Test
    void blankOrInvisiblePasteIsRejectedAndNothingStored() {
        ResumeLibrary library = new DefaultResumeLibrary(tika, repository);

        assertThat(library.importText("Jane", " \n\t ")).isEqualTo(new ImportOutcome.Rejected("Jane",
                new InputError(InputError.Kind.EMPTY, "the pasted text is empty; paste the resume text first")));
        assertThat(library.importText("", null)).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                r -> assertThat(r.source()).isEqualTo("pasted text"));
        assertThat(library.importText("", "\u200B\u200B")).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                r -> assertThat(r.error().kind()).isEqualTo(InputError.Kind.NO_TEXT));
        assertThat(repository.count()).isZero();
    }

    @Test
    void oversizedPasteIsRejected() {
        ResumeLibrary library = new DefaultResumeLibrary(tika, repository, new ReaderLimits(1024, 1000));

        ImportOutcome outcome = library.importText("Big", "x".repeat(2048));

        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                r -> assertThat(r.error().kind()).isEqualTo(InputError.Kind.TOO_LARGE));
        assertThat(repository.count()).isZero();
    }

    @Test
    void listsSearchesAndDeletes() {
        ResumeLibrary library = new DefaultResumeLibrary(tika, repository);
        ResumeSummary kotlin = importedSummary(library.importText("Ann", "Ann Lee\nKotlin and Android"));
        ResumeSummary python = importedSummary(library.importFile(
                TestDocuments.text(dir, "bob.txt", "Bob Ray\nPython, pandas")));

        assertThat(library.list("")).containsExactly(python, kotlin);
        assertThat(library.list("KOTLIN")).containsExactly(kotlin);
        assertThat(library.list("bob.TXT")).containsExactly(python);
        assertThat(library.delete(kotlin.id())).isTrue();
        assertThat(library.delete(kotlin.id())).isFalse();
        assertThat(library.find(kotlin.id())).isEmpty();
        assertThat(library.extractedText(kotlin.id())).isEmpty();
        assertThat(library.list(null)).containsExactly(python);
    }

    @Test
    void resumesSurviveClosingAndReopening() throws Exception {
        ResumeLibrary library = new DefaultResumeLibrary(tika, repository);
        ResumeSummary stored = importedSummary(library.importFile(
                TestDocuments.docx(dir, "cv.docx", "Jane Doe", "Persistence")));
        database.close();

        database = Database.open(dir.resolve("data"));
        ResumeLibrary reopened = new DefaultResumeLibrary(tika, new ResumeRepository(database));

        assertThat(reopened.list("")).containsExactly(stored);
        assertThat(reopened.extractedText(stored.id())).contains("Jane Doe\nPersistence");
    }

    private static ResumeSummary importedSummary(ImportOutcome outcome) {
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        return ((ImportOutcome.Imported) outcome).resume();
    }

    private static long id(ImportOutcome outcome) {
        return switch (outcome) {
            case ImportOutcome.Imported imported -> imported.resume().id();
            case ImportOutcome.Duplicate duplicate -> duplicate.existing().id();
            case ImportOutcome.Rejected rejected -> throw new AssertionError(rejected);
        };
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static final class CountingReader implements DocumentReader {
        final AtomicInteger reads = new AtomicInteger();
        private final DocumentReader delegate;

        CountingReader(DocumentReader delegate) {
            this.delegate = delegate;
        }

        @Override
        public ExtractedDocument read(Path file) throws InputException {
            reads.incrementAndGet();
            return delegate.read(file);
        }

        @Override
        public void checkBeforeReading(Path file) throws InputException {
            delegate.checkBeforeReading(file);
        }
    }
}
