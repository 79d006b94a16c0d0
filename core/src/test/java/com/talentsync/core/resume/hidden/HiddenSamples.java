package com.talentsync.core.resume.hidden;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Small documents with visible text and hidden stuffing, written for the tests. The visible
 * sentence and the stuffing share the word "Kafka", so a test can tell whether the right copy
 * was removed.
 */
public final class HiddenSamples {

    public static final String VISIBLE = "Senior Java developer with Kafka experience";
    public static final String MORE_VISIBLE = "Built payment services for retail banks";
    public static final String STUFFING = "Kubernetes Kafka Terraform Ansible";
    /** Words of the stuffing that appear nowhere visible. */
    public static final String[] STUFFED_ONLY = {"Kubernetes", "Terraform", "Ansible"};

    private HiddenSamples() {}

    /** One paragraph per call of {@code body}; {@code style} formats the stuffing run. */
    public static Path docx(Path dir, String name, Consumer<XWPFDocument> body) {
        Path file = dir.resolve(name);
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            body.accept(document);
            document.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The usual layout: a visible line, the stuffing inline after it, then another visible line. */
    public static Path docxWithStuffing(Path dir, String name, Consumer<XWPFRun> hide) {
        return docx(dir, name, document -> {
            XWPFParagraph first = document.createParagraph();
            first.createRun().setText(VISIBLE + " ");
            XWPFRun stuffing = first.createRun();
            stuffing.setText(STUFFING);
            hide.accept(stuffing);
            document.createParagraph().createRun().setText(MORE_VISIBLE);
        });
    }

    /** Draws on one Letter page with 12 pt Helvetica; {@code draw} gets the open content stream. */
    public static Path pdf(Path dir, String name, PdfDrawing draw) {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                draw.draw(document, content);
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The visible line at the top, {@code hidden} drawing the stuffing, the other visible line below. */
    public static Path pdfWithStuffing(Path dir, String name, PdfDrawing hidden) {
        return pdf(dir, name, (document, content) -> {
            line(content, 72, 700, VISIBLE);
            content.saveGraphicsState();
            hidden.draw(document, content);
            content.restoreGraphicsState();
            line(content, 72, 660, MORE_VISIBLE);
        });
    }

    public static void line(PDPageContentStream content, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(helvetica(), 12);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    public static PDType1Font helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    @FunctionalInterface
    public interface PdfDrawing {
        void draw(PDDocument document, PDPageContentStream content) throws IOException;
    }

    public static Path html(Path dir, String name, String stuffingElement) {
        return write(dir, name, """
                <!DOCTYPE html><html><head><title>Resume</title></head><body>
                <h1>Jane Doe</h1>
                <p>%s %s</p>
                <p>%s</p>
                </body></html>""".formatted(VISIBLE, stuffingElement, MORE_VISIBLE));
    }

    /** An RTF with a colour table (1 black, 2 white, 3 navy) and {@code stuffing} as raw RTF. */
    public static Path rtf(Path dir, String name, String stuffing) {
        return write(dir, name, "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}"
                + "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green255\\blue255;\\red0\\green0\\blue128;}"
                + "\\f0\\fs22 " + VISIBLE + " " + stuffing + "\\par " + MORE_VISIBLE + "\\par}");
    }

    /**
     * An ODT whose content holds {@code automaticStyles} and {@code stuffing} as raw XML between
     * the two visible paragraphs.
     */
    public static Path odt(Path dir, String name, String automaticStyles, String stuffing) {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
                xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">\
                <office:automatic-styles>%s</office:automatic-styles>\
                <office:body><office:text><text:p>%s</text:p>%s<text:p>%s</text:p></office:text></office:body>\
                </office:document-content>""".formatted(automaticStyles, VISIBLE, stuffing, MORE_VISIBLE);
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            entry(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                    <manifest:file-entry manifest:full-path="/" \
                    manifest:media-type="application/vnd.oasis.opendocument.text"/>
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>""");
            entry(zip, "content.xml", content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
