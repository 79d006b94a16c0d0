package com.talentsync.core.resume.layout;

import static com.talentsync.core.resume.hidden.HiddenSamples.STUFFING;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.hidden.HiddenSamples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe reports how many hidden text runs a file holds, for the review to flag. */
class HiddenTextLayoutTest {

    @TempDir
    Path dir;

    private final LayoutProbe probe = new LayoutProbe();

    @Test
    void countsHiddenRunsInADocxBesideItsLayout() {
        Path file = HiddenSamples.docx(dir, "cv.docx", document -> {
            document.createParagraph().createRun().setText(HiddenSamples.VISIBLE);
            var white = document.createParagraph().createRun();
            white.setText(STUFFING);
            white.setColor("FFFFFF");
            document.createParagraph().createRun().setText(HiddenSamples.MORE_VISIBLE);
            var hidden = document.createParagraph().createRun();
            hidden.setText("Scrum Jira");
            hidden.setVanish(true);
        });

        DocumentLayout layout = probe.probe(file, "");

        assertThat(layout.knownLayout()).isTrue();
        assertThat(layout.hasTextLayer()).isTrue();
        assertThat(layout.hiddenTextRuns()).isEqualTo(2);
    }

    @Test
    void countsHiddenRunsInPdfHtmlRtfAndOdt() {
        Path pdf = HiddenSamples.pdfWithStuffing(dir, "cv.pdf", (document, content) -> {
            content.setNonStrokingColor(1f);
            HiddenSamples.line(content, 72, 680, STUFFING);
        });
        Path html = HiddenSamples.html(dir, "cv.html", "<b hidden>" + STUFFING + "</b>");
        Path rtf = HiddenSamples.rtf(dir, "cv.rtf", "{\\v " + STUFFING + "}");
        Path odt = HiddenSamples.odt(dir, "cv.odt", "<style:style style:name=\"T1\" style:family=\"text\">"
                + "<style:text-properties text:display=\"none\"/></style:style>",
                "<text:p><text:span text:style-name=\"T1\">" + STUFFING + "</text:span></text:p>");

        assertThat(probe.probe(pdf, "application/pdf").hiddenTextRuns()).isEqualTo(1);
        assertThat(probe.probe(html, "text/html").hiddenTextRuns()).isEqualTo(1);
        DocumentLayout rtfLayout = probe.probe(rtf, "application/rtf");
        assertThat(rtfLayout.knownLayout()).isFalse();
        assertThat(rtfLayout.hiddenTextRuns()).isEqualTo(1);
        assertThat(probe.probe(odt, "application/vnd.oasis.opendocument.text").hiddenTextRuns()).isEqualTo(1);
    }

    @Test
    void cleanFilesAndPlainTextHaveNone() {
        Path docx = HiddenSamples.docxWithStuffing(dir, "clean.docx", run -> run.setColor("333333"));
        Path txt = HiddenSamples.write(dir, "cv.txt", STUFFING);

        assertThat(probe.probe(docx, "").hiddenTextRuns()).isZero();
        assertThat(probe.probe(txt, "text/plain").hiddenTextRuns()).isZero();
    }
}
