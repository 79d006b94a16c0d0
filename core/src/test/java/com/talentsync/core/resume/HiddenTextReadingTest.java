package com.talentsync.core.resume;

import static com.talentsync.core.resume.hidden.HiddenSamples.MORE_VISIBLE;
import static com.talentsync.core.resume.hidden.HiddenSamples.STUFFED_ONLY;
import static com.talentsync.core.resume.hidden.HiddenSamples.STUFFING;
import static com.talentsync.core.resume.hidden.HiddenSamples.VISIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.resume.hidden.HiddenSamples;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** End to end: what the reader hands downstream holds only the text a person sees. */
class HiddenTextReadingTest {

    private static TikaDocumentReader reader;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadTika() {
        reader = new TikaDocumentReader(ReaderLimits.defaults());
        reader.warmUp();
    }

    static Stream<Arguments> files() {
        return Stream.of(
                file("DOCX, white run", (dir, name) -> HiddenSamples.docxWithStuffing(dir, name + ".docx",
                        run -> run.setColor("FFFFFF"))),
                file("DOCX, hidden run", (dir, name) -> HiddenSamples.docxWithStuffing(dir, name + ".docx",
                        run -> run.setVanish(true))),
                file("DOCX, white last paragraph and a footer", (dir, name) -> HiddenSamples.docx(dir,
                        name + ".docx", document -> {
                            document.createParagraph().createRun().setText(VISIBLE);
                            document.createParagraph().createRun().setText(MORE_VISIBLE);
                            XWPFRun white = document.createParagraph().createRun();
                            white.setText(STUFFING);
                            white.setColor("FFFFFF");
                            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun()
                                    .setText("Page footer with Kafka");
                        })),
                file("PDF, white line", (dir, name) -> HiddenSamples.pdfWithStuffing(dir, name + ".pdf",
                        (document, content) -> {
                            content.setNonStrokingColor(1f);
                            HiddenSamples.line(content, 72, 680, STUFFING);
                        })),
                file("PDF, invisible text inline", (dir, name) -> HiddenSamples.pdf(dir, name + ".pdf",
                        (document, content) -> {
                            content.beginText();
                            content.setFont(HiddenSamples.helvetica(), 12);
                            content.newLineAtOffset(72, 700);
                            content.showText(VISIBLE + " ");
                            content.setRenderingMode(RenderingMode.NEITHER);
                            content.showText(STUFFING);
                            content.setRenderingMode(RenderingMode.FILL);
                            content.endText();
                            HiddenSamples.line(content, 72, 680, MORE_VISIBLE);
                        })),
                file("HTML, display none", (dir, name) -> HiddenSamples.html(dir, name + ".html",
                        "<span style=\"display:none\">" + STUFFING + "</span>")),
                file("HTML, white text", (dir, name) -> HiddenSamples.html(dir, name + ".html",
                        "<span style=\"color:#FFF\">" + STUFFING + "</span>")),
                file("RTF, hidden group", (dir, name) -> HiddenSamples.rtf(dir, name + ".rtf",
                        "{\\v " + STUFFING + "}")),
                file("ODT, white span", (dir, name) -> HiddenSamples.odt(dir, name + ".odt",
                        "<style:style style:name=\"T1\" style:family=\"text\">"
                                + "<style:text-properties fo:color=\"#ffffff\"/></style:style>",
                        "<text:p><text:span text:style-name=\"T1\">" + STUFFING + "</text:span></text:p>")));
    }

    private static Arguments file(String name, BiFunction<Path, String, Path> make) {
        return Arguments.of(name, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void hiddenWordsAreGoneVisibleTextIsIntactAndTheRunIsListed(String name, BiFunction<Path, String, Path> make)
            throws Exception {
        ExtractedDocument document = reader.read(make.apply(temp, "cv"));

        assertThat(document.text()).contains(VISIBLE, MORE_VISIBLE).doesNotContain(STUFFED_ONLY);
        // "Kafka" is in the visible sentence and in the stuffing: the visible copy stays.
        assertThat(count(document.text().replace("Page footer with Kafka", ""), "Kafka")).isEqualTo(1);
        assertThat(document.hiddenText()).containsExactly(STUFFING);
        assertThat(document.wordCount()).isEqualTo(TextNormalizer.countWords(document.text()));
    }

    @Test
    void plainTextIsReadAsIsWithNothingHidden() throws Exception {
        Path file = TestDocuments.text(temp, "cv.txt", VISIBLE + "\n" + STUFFING);

        ExtractedDocument document = reader.read(file);

        assertThat(document.text()).isEqualTo(VISIBLE + "\n" + STUFFING);
        assertThat(document.hiddenText()).isEmpty();
    }

    @Test
    void aFileWhoseTextIsAllHiddenHasNoText() {
        Path file = HiddenSamples.docx(temp, "blank.docx", document -> {
            XWPFRun white = document.createParagraph().createRun();
            white.setText(STUFFING);
            white.setColor("FFFFFF");
        });

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(InputError.Kind.NO_TEXT);
                    assertThat(e.getMessage()).isEqualTo(
                            "blank.docx contains no visible text: all of its text is hidden (white, hidden or tiny)");
                });
    }

    private static int count(String text, String word) {
        Matcher matcher = Pattern.compile("\\b" + word + "\\b").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
