package com.talentsync.core.resume.layout;

import com.talentsync.core.resume.hidden.HiddenTextFinder;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTColumns;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The DOCX half of {@link LayoutProbe}, built on Apache POI's XWPF (on the class path through
 * Tika's Office parsers). A DOCX states its structure outright, so nothing here is guessed:
 * tables, header and footer parts, pictures and each section's column count are read as written.
 */
final class DocxLayout {

    /** Nested tables beyond this depth are not worth walking; Word itself caps nesting low. */
    private static final int MAX_TABLE_DEPTH = 16;

    private DocxLayout() {}

    static DocumentLayout probe(Path file, HiddenTextFinder hiddenText) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            int tables = 0;
            boolean bodyText = false;
            for (XWPFTable table : document.getTables()) {
                tables += countTables(table, 0);
                bodyText |= !table.getText().isBlank();
            }
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                bodyText |= !paragraph.getText().isBlank();
            }

            int images = document.getAllPictures().size();
            boolean headerOrFooterText = false;
            for (XWPFHeaderFooter part : headersAndFooters(document)) {
                images += part.getAllPictures().size();
                // Letters, not just any text: a lone page-number field is harmless to a parser.
                headerOrFooterText |= part.getText().codePoints().anyMatch(Character::isLetter);
            }

            // Text only in pictures (a scan pasted into Word) is as unreadable as a scanned PDF.
            int hiddenRuns = hiddenText.find(document).runs().size();
            return new DocumentLayout(pages(document), bodyText, 0, hasMultipleColumns(document),
                    headerOrFooterText, tables, images, true, hiddenRuns);
        }
    }

    private static List<XWPFHeaderFooter> headersAndFooters(XWPFDocument document) {
        return Stream.concat(document.getHeaderList().stream(), document.getFooterList().stream())
                .map(XWPFHeaderFooter.class::cast)
                .toList();
    }

    private static int countTables(XWPFTable table, int depth) {
        int count = 1;
        if (depth >= MAX_TABLE_DEPTH) {
            return count;
        }
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFTable nested : cell.getTables()) {
                    count += countTables(nested, depth + 1);
                }
            }
        }
        return count;
    }

    /**
     * Word keeps the last section's properties on the body and every earlier section's on the
     * paragraph that ends it; any of them may ask for columns.
     */
    private static boolean hasMultipleColumns(XWPFDocument document) {
        var body = document.getDocument().getBody();
        if (body != null && body.isSetSectPr() && columns(body.getSectPr()) > 1) {
            return true;
        }
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            CTPPr properties = paragraph.getCTP().getPPr();
            if (properties != null && properties.isSetSectPr() && columns(properties.getSectPr()) > 1) {
                return true;
            }
        }
        return false;
    }

    /** {@code w:cols w:num}, or the number of explicit {@code w:col} widths when unequal. */
    private static int columns(CTSectPr section) {
        if (section == null || !section.isSetCols()) {
            return 1;
        }
        CTColumns cols = section.getCols();
        BigInteger num = cols.isSetNum() ? cols.getNum() : BigInteger.ONE;
        int declared = num == null ? 1 : num.min(BigInteger.valueOf(64)).intValue();
        return Math.max(declared, cols.sizeOfColArray());
    }

    /**
     * Word records the page count it last laid out in docProps/app.xml; other writers often
     * leave it out, and then we report 0 (unknown) rather than guess.
     */
    private static int pages(XWPFDocument document) {
        var extended = document.getProperties().getExtendedProperties();
        return extended == null ? 0 : Math.max(0, extended.getPages());
    }
}
