package com.talentsync.core.resume.layout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Builds small PDFs and DOCX files with one layout trait each; all text is made up here. */
final class LayoutSamples {

    /** One piece of text at a spot on a page, in PDF user space (origin bottom left). */
    record Text(float x, float y, String text) {}

    static final float LETTER_HEIGHT = PDRectangle.LETTER.getHeight();

    private LayoutSamples() {}

    /** Each inner list is one page. */
    static Path pdf(Path file, List<List<Text>> pages) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Text text : texts) {
                        content.beginText();
                        content.setFont(font, 10);
                        content.newLineAtOffset(text.x(), text.y());
                        content.showText(text.text());
                        content.endText();
                    }
                }
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of body text from the top of the page down, 14 pt apart, starting at x. */
    static List<Text> column(float x, int lines, String prefix) {
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            texts.add(new Text(x, LETTER_HEIGHT - 90 - 14 * i, prefix + " line " + (i + 1) + " with some words"));
        }
        return texts;
    }

    /** Page one has text; page two holds only a picture, like a scanned page. */
    static Path pdfWithImageOnlyPage(Path file) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage textPage = new PDPage(PDRectangle.LETTER);
            document.addPage(textPage);
            try (PDPageContentStream content = new PDPageContentStream(document, textPage)) {
                for (Text text : column(72, 10, "Experience")) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(text.x(), text.y());
                    content.showText(text.text());
                    content.endText();
                }
            }
            PDPage scanned = new PDPage(PDRectangle.LETTER);
            document.addPage(scanned);
            var image = LosslessFactory.createFromImage(document, new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream content = new PDPageContentStream(document, scanned)) {
                content.drawImage(image, 72, 300, 400, 400);
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with a header, a 2 x 2 table and the final section set in two columns. */
    static Path docxWithTableHeaderAndColumns(Path file) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Robin Example, Software Engineer");
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("robin@example.org | +1 555 0100");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Skills");
            table.getRow(0).getCell(1).setText("Java, SQL");
            columns(document, 2);
            return save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with paragraphs only and a footer holding nothing but a page number. */
    static Path plainDocx(Path file) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Robin Example");
            document.createParagraph().createRun().setText("Built a billing service used by 40 teams.");
            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("2");
            columns(document, 1);
            return save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX whose only content is a picture: a scan pasted into Word. */
    static Path pictureOnlyDocx(Path file) {
        try (XWPFDocument document = new XWPFDocument()) {
            var png = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
            document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()),
                    XWPFDocument.PICTURE_TYPE_PNG, "scan.png", 100_000, 100_000);
            return save(document, file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creating a header already made the body's section properties; add to those, not beside them. */
    private static void columns(XWPFDocument document, int count) {
        var body = document.getDocument().getBody();
        var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        section.addNewCols().setNum(BigInteger.valueOf(count));
    }

    private static Path save(XWPFDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
        return file;
    }
}
