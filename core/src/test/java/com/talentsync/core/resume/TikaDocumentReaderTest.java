package com.talentsync.core.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.mime.MediaType;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

/** Files that should read: each supported format, awkward encodings, limits, concurrency. */
class TikaDocumentReaderTest {

    private static final String LATIN = """
            Curriculum vitae
            José Müller, Zürich
            Erfahrung: Softwareentwickler für Datenbanken; Größe und Qualität zählen.
            Sprachen: Deutsch, Français, Español. Hobbys: Fußball, Café-Besuche.
            """;

    private static TikaDocumentReader reader;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTikaOnce() {
        reader = new TikaDocumentReader(ReaderLimits.defaults());
        reader.warmUp();
    }

    @Test
    void readsTextPdf() throws Exception {
        Path pdf = TestDocuments.textPdf(dir, "jane.pdf", "Jane Doe", "Senior Java Engineer");

        ExtractedDocument document = reader.read(pdf);

        assertThat(document.text()).isEqualTo("Jane Doe\nSenior Java Engineer");
        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.fileName()).isEqualTo("jane.pdf");
        assertThat(document.wordCount()).isEqualTo(5);
        assertThat(document.sizeBytes()).isEqualTo(Files.size(pdf));
        assertThat(document.sha256()).isEqualTo(sha256(Files.readAllBytes(pdf)));
    }

    @Test
    void readsDocxOdtRtfAndHtml() throws Exception {
        assertThat(reader.read(TestDocuments.docx(dir, "cv.docx", "Jane Doe", "Kotlin & Java")).text())
                .isEqualTo("Jane Doe\nKotlin & Java");
        assertThat(reader.read(TestDocuments.odt(dir, "cv.odt", "Jane Doe", "Writer")).text())
                .isEqualTo("Jane Doe\nWriter");
        Path rtf = TestDocuments.text(dir, "cv.rtf", "{\\rtf1\\ansi{\\fonttbl\\f0 Arial;}\\f0 Jane Doe\\par Rust\\par}");
        assertThat(reader.read(rtf).text()).isEqualTo("Jane Doe\nRust");
        Path html = TestDocuments.text(dir, "cv.htm",
                "<html><head><title>t</title><script>var x = 1;</script></head>"
                        + "<body><h1>Jane Doe</h1><p>Go &amp; Python</p></body></html>");
        ExtractedDocument page = reader.read(html);
        assertThat(page.text()).isEqualTo("Jane Doe\nGo & Python");
        assertThat(page.mediaType()).isEqualTo("text/html");
    }

    @Test
    void readsHtmlFragmentWithoutHtmlTag() throws Exception {
        // Detection calls this text/plain; the .html name is still honoured for parsing.
        Path html = TestDocuments.text(dir, "fragment.html", "<p>Jane <b>Doe</b></p><p>Scala</p>");

        assertThat(reader.read(html).text()).isEqualTo("Jane Doe\nScala");
    }

    @Test
    void readsPlainTextAndMarkdownAsIs() throws Exception {
        Path txt = TestDocuments.text(dir, "cv.txt", "Jane Doe\r\n\r\n\r\n\r\nSkills:\tJava,   SQL  \r\n");
        Path md = TestDocuments.text(dir, "cv.md", "# Jane Doe\n\n- Java\n- SQL\n");

        assertThat(reader.read(txt).text()).isEqualTo("Jane Doe\n\nSkills: Java, SQL");
        assertThat(reader.read(md).text()).isEqualTo("# Jane Doe\n\n- Java\n- SQL");
        assertThat(reader.read(md).mediaType()).isEqualTo("text/plain");
    }

    @Test
    void decodesIso88591Text() throws Exception {
        Path file = TestDocuments.text(dir, "latin1.txt", LATIN, StandardCharsets.ISO_8859_1);

        assertThat(reader.read(file).text()).isEqualTo(LATIN.strip());
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws Exception {
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = TestDocuments.text(dir, "utf16-" + charset.name() + ".txt", "\uFEFF" + LATIN, charset);

            assertThat(reader.read(file).text()).as(charset.name()).isEqualTo(LATIN.strip());
        }
    }

    @Test
    void decodesUtf8WithByteOrderMark() throws Exception {
        Path file = TestDocuments.text(dir, "bom.txt", "\uFEFF" + LATIN);

        assertThat(reader.read(file).text()).isEqualTo(LATIN.strip());
    }

    @Test
    void readsWordDocumentThatIsReallyRtf() throws Exception {
        // Word has long written RTF under a .doc name; users cannot tell the difference.
        Path doc = TestDocuments.text(dir, "old.doc", "{\\rtf1\\ansi Jane Doe\\par COBOL\\par}");

        ExtractedDocument document = reader.read(doc);

        assertThat(document.text()).isEqualTo("Jane Doe\nCOBOL");
        assertThat(document.mediaType()).isEqualTo("application/rtf");
    }

    @Test
    void cutsTextAtTheCharacterLimit() throws Exception {
        TikaDocumentReader small = new TikaDocumentReader(new ReaderLimits(1024 * 1024, 100));
        Path file = TestDocuments.text(dir, "long.txt", "lorem ipsum ".repeat(10_000));

        ExtractedDocument document = small.read(file);

        assertThat(document.text()).hasSizeLessThanOrEqualTo(100).startsWith("lorem ipsum lorem");
        assertThat(document.wordCount()).isBetween(15, 17);
    }

    @Test
    void appliesItsOwnSizeLimit() {
        TikaDocumentReader tiny = new TikaDocumentReader(new ReaderLimits(10, 1000));
        Path file = TestDocuments.text(dir, "eleven.txt", "eleven byte");

        assertThatThrownBy(() -> tiny.read(file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.error().kind()).isEqualTo(InputError.Kind.TOO_LARGE));
    }

    @Test
    void readsFromManyThreadsWhileStillLoading() throws Exception {
        TikaDocumentReader fresh = new TikaDocumentReader(ReaderLimits.defaults());
        List<Callable<String>> reads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path file = i % 2 == 0 ? TestDocuments.textPdf(dir, "p" + i + ".pdf", "Resume " + i)
                    : TestDocuments.text(dir, "t" + i + ".txt", "Resume " + i);
            reads.add(() -> fresh.read(file).text());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<String> texts = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(reads)) {
                texts.add(result.get());
            }
            assertThat(texts).containsExactly("Resume 0", "Resume 1", "Resume 2", "Resume 3", "Resume 4", "Resume 5");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parserCrashBecomesCorruptNotAnException() {
        Parser exploding = new Parser() {
            @Override
            public java.util.Set<MediaType> getSupportedTypes(ParseContext context) {
                return java.util.Set.of(MediaType.TEXT_PLAIN);
            }

            @Override
            public void parse(java.io.InputStream stream, ContentHandler handler, Metadata metadata,
                    ParseContext context) {
                throw new IllegalStateException("parser bug");
            }
        };
        TikaDocumentReader broken = new TikaDocumentReader(ReaderLimits.defaults(),
                () -> TikaDocumentReader.Engine.withParsers(exploding));
        Path file = TestDocuments.text(dir, "fine.txt", "Jane Doe");

        assertThatThrownBy(() -> broken.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.error().kind()).isEqualTo(InputError.Kind.CORRUPT);
            assertThat(e.getMessage()).isEqualTo("fine.txt could not be read: it looks damaged or is not a valid"
                    + " plain-text file");
        });
    }

    @Test
    void checkBeforeReadingRefusesWithoutParsing() {
        TikaDocumentReader neverLoads = new TikaDocumentReader(ReaderLimits.defaults(), () -> {
            throw new AssertionError("the cheap checks must not load Tika");
        });

        assertThatThrownBy(() -> neverLoads.checkBeforeReading(dir.resolve("missing.pdf")))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(InputError.Kind.NOT_FOUND));
        assertThatThrownBy(() -> neverLoads.checkBeforeReading(TestDocuments.text(dir, "x.xyz", "data")))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(InputError.Kind.UNSUPPORTED));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
