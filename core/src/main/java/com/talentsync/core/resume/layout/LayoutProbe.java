package com.talentsync.core.resume.layout;

import com.talentsync.core.resume.SupportedFormat;
import com.talentsync.core.resume.hidden.HiddenTextFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at a resume file's layout (not its words) to judge how well an applicant tracking
 * system could read it: PDF through PDFBox, DOCX through POI, HTML through jsoup, plain text
 * trivially. DOC, RTF and ODT are not inspected and give {@link DocumentLayout#unknown()}, though
 * RTF and ODT still get their count of hidden text runs ({@link HiddenTextFinder}).
 *
 * <p>Meant to run right after the file was read and accepted by the document reader, so it
 * applies no size limits of its own beyond capping the PDF pages it studies. Stateless and
 * thread-safe.
 */
public final class LayoutProbe {

    private static final Logger log = LoggerFactory.getLogger(LayoutProbe.class);

    private final HiddenTextFinder hiddenText = new HiddenTextFinder();

    /**
     * Never throws for a readable file: a layout we cannot work out is {@code unknown()}, because
     * the review should go on with the text alone rather than fail over a layout detail.
     *
     * @param mediaType the detected type, e.g. {@code application/pdf} (parameters such as
     *                  {@code ; charset=...} are ignored); when blank or unrecognised the file
     *                  name's extension decides
     */
    public DocumentLayout probe(Path file, String mediaType) {
        Objects.requireNonNull(file, "file");
        Optional<SupportedFormat> format = formatOf(mediaType).or(() -> fileFormat(file));
        if (format.isEmpty() || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            return DocumentLayout.unknown();
        }
        try {
            return switch (format.get()) {
                case PDF -> PdfLayout.probe(file).withHiddenTextRuns(hiddenRuns(file, format.get()));
                case DOCX -> DocxLayout.probe(file, hiddenText);
                case HTML -> html(file).withHiddenTextRuns(hiddenRuns(file, format.get()));
                case TXT -> DocumentLayout.plainText();
                case RTF, ODT -> DocumentLayout.unknown().withHiddenTextRuns(hiddenRuns(file, format.get()));
                case DOC -> DocumentLayout.unknown();
            };
        } catch (IOException | RuntimeException | LinkageError e) {
            // Damaged or password-protected files, and POI or PDFBox parts missing from a
            // trimmed runtime (LinkageError), all end the same way: no layout verdict.
            log.info("Could not inspect the layout of {}: {}", file.getFileName(), e.toString());
            log.debug("Layout probe failure", e);
            return DocumentLayout.unknown();
        }
    }

    static Optional<SupportedFormat> formatOf(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return Optional.empty();
        }
        int parameters = mediaType.indexOf(';');
        String bare = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
        for (SupportedFormat format : SupportedFormat.values()) {
            if (format.mediaTypes().contains(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private int hiddenRuns(Path file, SupportedFormat format) {
        return hiddenText.find(file, format.mediaType()).runs().size();
    }

    private static Optional<SupportedFormat> fileFormat(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : SupportedFormat.forFileName(name.toString());
    }

    /**
     * HTML has no pages, headers or footers, and its reading order is the markup's order
     * whatever the CSS draws, so only tables and pictures matter: parsers flatten table cells
     * row by row, which scrambles a layout table's side-by-side text.
     */
    private static DocumentLayout html(Path file) throws IOException {
        Document document = Jsoup.parse(file);
        boolean hasText = !document.body().text().isBlank();
        return new DocumentLayout(0, hasText, 0, false, false, document.select("table").size(),
                document.select("img").size(), true);
    }
}
