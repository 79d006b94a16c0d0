package com.talentsync.core.resume.hidden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the text in a document that a person looking at it cannot see, so that analysis, matching
 * and screening can ignore it: white or near-background text, text marked hidden, text too small to
 * read, text off the page. Keyword stuffing with such text is the usual trick to fool a screening
 * tool, and applicant tracking vendors flag it.
 *
 * <p>Inspected: PDF (PDFBox), DOCX (POI), ODT (its XML), RTF (a small scanner) and HTML (jsoup;
 * inline styles only). Plain text has nothing to hide and costs nothing. Word 97-2003 (DOC) files
 * are not inspected: the format is rare in resumes today, and no library on the class path can
 * write one to test the check against.
 *
 * <p>Stateless and thread-safe. Meant for files a document reader has just accepted, so it sets no
 * size limits beyond capping pages and runs; a file it cannot read yields {@link HiddenText#none()}
 * rather than an error, because the reader decides what is readable.
 */
public final class HiddenTextFinder {

    private static final Logger log = LoggerFactory.getLogger(HiddenTextFinder.class);

    /**
     * @param mediaType the detected type, e.g. {@code application/pdf}; parameters such as
     *                  {@code ; charset=} are ignored. Types not listed above give nothing.
     */
    public HiddenText find(Path file, String mediaType) {
        Objects.requireNonNull(file, "file");
        String type = bare(mediaType);
        try {
            return switch (type) {
                case "application/pdf" -> pdf(file);
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> docx(file);
                case "application/vnd.oasis.opendocument.text" -> OdtHiddenText.find(file);
                case "application/rtf", "text/rtf" -> RtfHiddenText.find(Files.readAllBytes(file));
                case "text/html", "application/xhtml+xml" -> HtmlHiddenText.find(Jsoup.parse(file));
                default -> HiddenText.none();
            };
        } catch (IOException | RuntimeException | LinkageError e) {
            // Damaged files and library parts missing from a trimmed runtime end alike: no verdict.
            log.info("Could not look for hidden text in {}: {}", file.getFileName(), e.toString());
            log.debug("Hidden text check failure", e);
            return HiddenText.none();
        }
    }

    /** For callers that already hold the parsed document (the layout probe). */
    public HiddenText find(XWPFDocument document) {
        return DocxHiddenText.find(document);
    }

    private static HiddenText pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return PdfHiddenText.find(document);
        }
    }

    private static HiddenText docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            return DocxHiddenText.find(document);
        }
    }

    private static String bare(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int parameters = mediaType.indexOf(';');
        return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
