package com.talentsync.core.resume.hidden;

import static com.talentsync.core.resume.hidden.HiddenSamples.STUFFING;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfHiddenTextTest {

    @TempDir
    Path temp;

    private final HiddenTextFinder finder = new HiddenTextFinder();

    static Stream<Arguments> drawings() {
        return Stream.of(
                row("invisible rendering mode", true, (document, content) -> {
                    content.beginText();
                    content.setRenderingMode(RenderingMode.NEITHER);
                    stuffing(content, 12, 72, 680);
                }),
                row("white", true, (document, content) -> {
                    content.setNonStrokingColor(1f, 1f, 1f);
                    text(content, 12, 72, 680);
                }),
                row("near-white grey", true, (document, content) -> {
                    content.setNonStrokingColor(0.97f);
                    text(content, 12, 72, 680);
                }),
                row("1 pt", true, (document, content) -> text(content, 1, 72, 680)),
                row("right of the page", true, (document, content) -> text(content, 12, 640, 680)),
                row("below the page", true, (document, content) -> text(content, 12, 72, -40)),
                row("fully transparent", true, (document, content) -> {
                    PDExtendedGraphicsState clear = new PDExtendedGraphicsState();
                    clear.setNonStrokingAlphaConstant(0f);
                    content.setGraphicsStateParameters(clear);
                    text(content, 12, 72, 680);
                }),
                row("black on a black box", true, (document, content) -> {
                    box(content, 0f, 60, 670, 300, 30);
                    content.setNonStrokingColor(0f);
                    text(content, 12, 72, 680);
                }),
                row("white on a white box over a dark one", true, (document, content) -> {
                    box(content, 0.1f, 60, 670, 300, 30);
                    box(content, 1f, 60, 670, 300, 30);
                    content.setNonStrokingColor(1f);
                    text(content, 12, 72, 680);
                }),
                row("white outline only", true, (document, content) -> {
                    content.setStrokingColor(1f);
                    content.beginText();
                    content.setRenderingMode(RenderingMode.STROKE);
                    stuffing(content, 12, 72, 680);
                }),
                row("black", false, (document, content) -> text(content, 12, 72, 680)),
                row("mid grey", false, (document, content) -> {
                    content.setNonStrokingColor(0.5f);
                    text(content, 12, 72, 680);
                }),
                row("3 pt", false, (document, content) -> text(content, 3, 72, 680)),
                row("white on a dark box", false, (document, content) -> {
                    box(content, 0.12f, 60, 670, 300, 30);
                    content.setNonStrokingColor(1f);
                    text(content, 12, 72, 680);
                }),
                row("white on a picture", false, (document, content) -> {
                    picture(document, content);
                    content.setNonStrokingColor(1f);
                    text(content, 12, 72, 680);
                }),
                row("invisible over a picture (an OCR text layer)", false, (document, content) -> {
                    picture(document, content);
                    content.beginText();
                    content.setRenderingMode(RenderingMode.NEITHER);
                    stuffing(content, 12, 72, 680);
                }),
                row("black outline", false, (document, content) -> {
                    content.beginText();
                    content.setRenderingMode(RenderingMode.STROKE);
                    stuffing(content, 12, 72, 680);
                }));
    }

    private static Arguments row(String name, boolean hidden, HiddenSamples.PdfDrawing drawing) {
        return Arguments.of(name, hidden, drawing);
    }

    private static void text(PDPageContentStream content, float size, float x, float y) throws IOException {
        content.beginText();
        stuffing(content, size, x, y);
    }

    /** Finishes a text object begun by the caller (who may have set a rendering mode in it). */
    private static void stuffing(PDPageContentStream content, float size, float x, float y) throws IOException {
        content.setFont(HiddenSamples.helvetica(), size);
        content.newLineAtOffset(x, y);
        content.showText(STUFFING);
        content.endText();
        content.setRenderingMode(RenderingMode.FILL);
    }

    private static void box(PDPageContentStream content, float grey, float x, float y, float w, float h)
            throws IOException {
        content.setNonStrokingColor(grey);
        content.addRect(x, y, w, h);
        content.fill();
    }

    private static void picture(org.apache.pdfbox.pdmodel.PDDocument document, PDPageContentStream content)
            throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        content.drawImage(LosslessFactory.createFromImage(document, image), 60, 640, 400, 80);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drawings")
    void findsGlyphsAReaderCannotSee(String name, boolean hidden, HiddenSamples.PdfDrawing drawing) {
        Path file = HiddenSamples.pdfWithStuffing(temp, "cv.pdf", drawing);

        HiddenText found = finder.find(file, "application/pdf");

        if (hidden) {
            assertThat(found.texts()).containsExactly(STUFFING);
            assertThat(found.visibleText()).contains("Senior", "payment").doesNotContain("Terraform");
        } else {
            assertThat(found.runs()).isEmpty();
        }
    }

    @Test
    void separateHiddenLinesAreSeparateRunsWithWordsSpaced() {
        Path file = HiddenSamples.pdf(temp, "lines.pdf", (document, content) -> {
            HiddenSamples.line(content, 72, 700, "Visible heading");
            content.setNonStrokingColor(1f);
            HiddenSamples.line(content, 72, 680, "Kubernetes");
            content.setNonStrokingColor(0f);
            HiddenSamples.line(content, 72, 660, "Visible line between");
            content.setNonStrokingColor(1f);
            // Words placed apart without a space glyph, as many generators write them.
            HiddenSamples.line(content, 72, 640, "Terraform");
            HiddenSamples.line(content, 150, 640, "Ansible");
        });

        assertThat(finder.find(file, "application/pdf").texts()).containsExactly("Kubernetes", "Terraform Ansible");
    }

    @Test
    void aDamagedPdfGivesNothingRatherThanAnError() {
        Path file = HiddenSamples.write(temp, "broken.pdf", "%PDF-1.7 then nothing useful");

        assertThat(finder.find(file, "application/pdf")).isEqualTo(HiddenText.none());
    }
}
