package com.talentsync.core.resume.hidden;

import static com.talentsync.core.resume.hidden.HiddenSamples.STUFFING;
import static com.talentsync.core.resume.hidden.HiddenSamples.VISIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxHiddenTextTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path temp;

    private final HiddenTextFinder finder = new HiddenTextFinder();

    static Stream<Arguments> runs() {
        return Stream.of(
                row("hidden flag (w:vanish)", true, run -> run.setVanish(true)),
                row("white", true, run -> run.setColor("FFFFFF")),
                row("near-white", true, run -> run.setColor("F7F7F7")),
                row("1 pt", true, run -> run.setFontSize(1)),
                row("2 pt", true, run -> run.setFontSize(2)),
                row("yellow on yellow highlight", true, run -> {
                    run.setColor("FFFF00");
                    run.setTextHighlightColor("yellow");
                }),
                row("white through a character style", true, run -> {
                    style(run, "Stuffing", null, properties -> properties.addNewColor().setVal("FFFFFF"));
                    run.setStyle("Stuffing");
                }),
                row("hidden through the style a style is based on", true, run -> {
                    style(run, "Base", null, properties -> properties.addNewVanish());
                    style(run, "Derived", "Base", properties -> properties.addNewB());
                    run.setStyle("Derived");
                }),
                row("black", false, run -> run.setColor("000000")),
                row("automatic colour", false, run -> run.setColor("auto")),
                row("light grey a reader still sees", false, run -> run.setColor("D9D9D9")),
                row("3 pt", false, run -> run.setFontSize(3)),
                row("white on dark run shading", false, run -> {
                    run.setColor("FFFFFF");
                    run.getCTR().getRPr().addNewShd().setFill("1F3864");
                }),
                row("white on black highlight", false, run -> {
                    run.setColor("FFFFFF");
                    run.setTextHighlightColor("black");
                }),
                row("own black over a white style", false, run -> {
                    style(run, "Stuffing", null, properties -> properties.addNewColor().setVal("FFFFFF"));
                    run.setStyle("Stuffing");
                    run.setColor("000000");
                }),
                row("vanish switched off", false, run -> run.setVanish(false)));
    }

    private static Arguments row(String name, boolean hidden, Consumer<XWPFRun> format) {
        return Arguments.of(name, hidden, format);
    }

    private static void style(XWPFRun run, String id, String basedOn, Consumer<CTRPr> properties) {
        XWPFDocument document = ((XWPFParagraph) run.getParent()).getDocument();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.CHARACTER);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        properties.accept(style.addNewRPr());
        document.createStyles().addStyle(new XWPFStyle(style));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void findsRunsAReaderCannotSee(String name, boolean hidden, Consumer<XWPFRun> format) {
        Path file = HiddenSamples.docxWithStuffing(temp, "cv.docx", format);

        HiddenText found = finder.find(file, DOCX);

        if (hidden) {
            assertThat(found.texts()).containsExactly(STUFFING);
            assertThat(found.runs().getFirst().before()).endsWith(VISIBLE + " ");
            assertThat(found.visibleText()).contains(VISIBLE).doesNotContain("Terraform");
        } else {
            assertThat(found.runs()).isEmpty();
        }
    }

    @Test
    void whiteTextIsVisibleOnADarkPageOrCellAndHiddenInAPlainCell() {
        Path file = HiddenSamples.docx(temp, "cells.docx", document -> {
            XWPFTable table = document.createTable(1, 2);
            XWPFTableCell dark = table.getRow(0).getCell(0);
            dark.setColor("000000");
            white(dark.getParagraphs().getFirst(), "Name on a dark band");
            white(table.getRow(0).getCell(1).getParagraphs().getFirst(), STUFFING);
        });

        assertThat(finder.find(file, DOCX).texts()).containsExactly(STUFFING);

        Path darkPage = HiddenSamples.docx(temp, "dark-page.docx", document -> {
            document.getDocument().addNewBackground().setColor("1A1A1A");
            white(document.createParagraph(), "White text on a dark page");
        });
        assertThat(finder.find(darkPage, DOCX).runs()).isEmpty();
    }

    @Test
    void hiddenPiecesSeparatedOnlyBySpacesAreOneRun() {
        Path file = HiddenSamples.docx(temp, "pieces.docx", document -> {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("Visible start ");
            white(paragraph, "Kubernetes");
            paragraph.createRun().setText(" ");
            white(paragraph, "Terraform");
            paragraph.createRun().setText(" visible end");
            XWPFParagraph later = document.createParagraph();
            white(later, "Ansible");
        });

        assertThat(finder.find(file, DOCX).texts()).containsExactly("Kubernetes Terraform", "Ansible");
    }

    @Test
    void aFileThatIsNotADocxGivesNothingRatherThanAnError() {
        Path file = HiddenSamples.write(temp, "broken.docx", "not a zip at all");

        assertThat(finder.find(file, DOCX)).isEqualTo(HiddenText.none());
    }

    private static void white(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setColor("FFFFFF");
    }
}
