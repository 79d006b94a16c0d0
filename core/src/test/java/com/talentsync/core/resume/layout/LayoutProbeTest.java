package com.talentsync.core.resume.layout;

import static com.talentsync.core.resume.layout.LayoutSamples.LETTER_HEIGHT;
import static com.talentsync.core.resume.layout.LayoutSamples.column;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.layout.LayoutSamples.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutProbeTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private final LayoutProbe probe = new LayoutProbe();

    @Test
    void twoColumnPageIsSuspectedMultiColumn() {
        List<Text> page = new ArrayList<>(column(50, 20, "Left"));
        page.addAll(column(320, 20, "Right"));
        Path file = LayoutSamples.pdf(dir.resolve("two-columns.pdf"), List.of(page));

        DocumentLayout layout = probe.probe(file, PDF);

        assertThat(layout.knownLayout()).isTrue();
        assertThat(layout.pages()).isEqualTo(1);
        assertThat(layout.hasTextLayer()).isTrue();
        assertThat(layout.multiColumnSuspected()).isTrue();
        assertThat(layout.imageOnlyPages()).isZero();
    }

    @Test
    void singleColumnWithDatesAtATabStopIsNotMultiColumn() {
        // Five jobs, each heading with its dates at the same x: a shared edge, but on few rows.
        List<Text> page = new ArrayList<>(column(72, 40, "Body"));
        for (int job = 0; job < 5; job++) {
            page.add(new Text(430, LETTER_HEIGHT - 90 - 14 * (job * 8), "Jan 2019 - Mar 2021"));
        }
        Path file = LayoutSamples.pdf(dir.resolve("one-column.pdf"), List.of(page));

        assertThat(probe.probe(file, PDF).multiColumnSuspected()).isFalse();
    }

    @Test
    void imageOnlyPageIsCounted() {
        Path file = LayoutSamples.pdfWithImageOnlyPage(dir.resolve("scan.pdf"));

        DocumentLayout layout = probe.probe(file, PDF);

        assertThat(layout.pages()).isEqualTo(2);
        assertThat(layout.hasTextLayer()).isTrue();
        assertThat(layout.imageOnlyPages()).isEqualTo(1);
        assertThat(layout.images()).isEqualTo(1);
    }

    @Test
    void headerRepeatedOnThreePagesIsFound() {
        List<List<Text>> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            List<Text> texts = new ArrayList<>(column(72, 12, "Page " + page + " body"));
            texts.add(new Text(72, LETTER_HEIGHT - 30, "Robin Example - robin@example.org - +1 555 0100"));
            pages.add(texts);
        }
        Path file = LayoutSamples.pdf(dir.resolve("header.pdf"), pages);

        DocumentLayout layout = probe.probe(file, PDF);

        assertThat(layout.pages()).isEqualTo(3);
        assertThat(layout.textInHeadersOrFooters()).isTrue();
        assertThat(layout.multiColumnSuspected()).isFalse();
    }

    @Test
    void pageNumbersAloneAreNotHeaderText() {
        List<List<Text>> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            List<Text> texts = new ArrayList<>(column(72, 12, "Section " + page));
            texts.add(new Text(280, 30, "Page " + page + " of 3"));
            pages.add(texts);
        }
        Path file = LayoutSamples.pdf(dir.resolve("numbers.pdf"), pages);

        assertThat(probe.probe(file, PDF).textInHeadersOrFooters()).isFalse();
    }

    @Test
    void textAtTheTopOfASinglePageIsNotAHeader() {
        List<Text> texts = new ArrayList<>(column(72, 12, "Body"));
        texts.add(new Text(72, LETTER_HEIGHT - 30, "Robin Example"));
        Path file = LayoutSamples.pdf(dir.resolve("one-page.pdf"), List.of(texts));

        assertThat(probe.probe(file, PDF).textInHeadersOrFooters()).isFalse();
    }

    @Test
    void pdfWithoutAnyTextHasNoTextLayer() throws IOException {
        Path file = dir.resolve("empty-pages.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }

        DocumentLayout layout = probe.probe(file, PDF);

        assertThat(layout.knownLayout()).isTrue();
        assertThat(layout.hasTextLayer()).isFalse();
        assertThat(layout.imageOnlyPages()).as("a blank page holds no picture").isZero();
    }

    @Test
    void docxTableHeaderAndColumnsAreRead() {
        Path file = LayoutSamples.docxWithTableHeaderAndColumns(dir.resolve("layout.docx"));

        DocumentLayout layout = probe.probe(file, DOCX);

        assertThat(layout.knownLayout()).isTrue();
        assertThat(layout.hasTextLayer()).isTrue();
        assertThat(layout.tables()).isEqualTo(1);
        assertThat(layout.textInHeadersOrFooters()).isTrue();
        assertThat(layout.multiColumnSuspected()).isTrue();
    }

    @Test
    void plainDocxHasNoLayoutTraits() {
        Path file = LayoutSamples.plainDocx(dir.resolve("plain.docx"));

        DocumentLayout layout = probe.probe(file, DOCX);

        assertThat(layout.knownLayout()).isTrue();
        assertThat(layout.tables()).isZero();
        assertThat(layout.textInHeadersOrFooters()).as("a page number only").isFalse();
        assertThat(layout.multiColumnSuspected()).isFalse();
        assertThat(layout.images()).isZero();
    }

    @Test
    void docxWithOnlyAPictureHasNoText() {
        Path file = LayoutSamples.pictureOnlyDocx(dir.resolve("scan.docx"));

        DocumentLayout layout = probe.probe(file, DOCX);

        assertThat(layout.hasTextLayer()).isFalse();
        assertThat(layout.images()).isEqualTo(1);
    }

    @Test
    void htmlTablesAndImagesAreCounted() throws IOException {
        Path file = Files.writeString(dir.resolve("cv.html"), """
                <html><body><h1>Robin</h1><img src="me.png">
                <table><tr><td>Java</td><td><table><tr><td>SQL</td></tr></table></td></tr></table>
                </body></html>""");

        DocumentLayout layout = probe.probe(file, "text/html; charset=UTF-8");

        assertThat(layout.knownLayout()).isTrue();
        assertThat(layout.tables()).isEqualTo(2);
        assertThat(layout.images()).isEqualTo(1);
        assertThat(layout.hasTextLayer()).isTrue();
    }

    @Test
    void plainTextIsKnownAndClean() throws IOException {
        Path file = Files.writeString(dir.resolve("cv.txt"), "Robin Example\nJava developer");

        assertThat(probe.probe(file, "text/plain")).isEqualTo(DocumentLayout.plainText());
    }

    @Test
    void theExtensionDecidesWhenTheMediaTypeIsMissing() {
        List<Text> page = new ArrayList<>(column(50, 20, "Left"));
        page.addAll(column(320, 20, "Right"));
        Path file = LayoutSamples.pdf(dir.resolve("columns.pdf"), List.of(page));

        assertThat(probe.probe(file, "").multiColumnSuspected()).isTrue();
        assertThat(probe.probe(file, null).knownLayout()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/msword", "application/rtf", "application/vnd.oasis.opendocument.text",
            "application/zip"})
    void formatsWeDoNotInspectAreUnknown(String mediaType) throws IOException {
        Path file = Files.writeString(dir.resolve("cv.bin"), "whatever");

        assertThat(probe.probe(file, mediaType)).isEqualTo(DocumentLayout.unknown());
    }

    @Test
    void damagedFilesAreUnknownNotErrors() throws IOException {
        Path pdf = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
        Path docx = Files.write(dir.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThat(probe.probe(pdf, PDF)).isEqualTo(DocumentLayout.unknown());
        assertThat(probe.probe(docx, DOCX)).isEqualTo(DocumentLayout.unknown());
        assertThat(probe.probe(dir.resolve("missing.pdf"), PDF)).isEqualTo(DocumentLayout.unknown());
    }

    @Test
    void passwordProtectedPdfIsUnknown() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }

        assertThat(probe.probe(file, PDF)).isEqualTo(DocumentLayout.unknown());
    }
}
