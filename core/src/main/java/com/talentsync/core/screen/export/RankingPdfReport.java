package com.talentsync.core.screen.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A ranking as a PDF (A4, standard Helvetica, nothing embedded): a title, then one block per
 * candidate (rank, name, score, category, years, status, file, matched and missing required
 * skills, notes), never split across pages unless a block is longer than a page, and
 * "page n of m" in each footer.
 */
public final class RankingPdfReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TEXT_SIZE = 10;
    private static final float HEADING_SIZE = 11;
    private static final float TITLE_SIZE = 16;
    private static final float LEADING = 1.35f;
    private static final float INDENT = 14;
    private static final float BLOCK_GAP = 9;

    private RankingPdfReport() {}

    public static void write(List<ReportEntry> entries, ReportOptions options, OutputStream out) throws IOException {
        List<ReportRow> rows = ReportRow.of(entries, options);
        try (PDDocument document = new PDDocument()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(PdfText.safe(regular, "Ranking: " + options.jobTitle()));
            info.setCreator("TalentSync");

            Pages pages = new Pages(document);
            pages.lines(List.of(new Line(bold, TITLE_SIZE, 0, "Ranking: " + options.jobTitle())), true);
            String meta = rows.size() + (rows.size() == 1 ? " candidate" : " candidates") + " · generated "
                    + WHEN.format(options.generatedAt())
                    + (options.blind() ? " · blind review: names and contact details hidden" : "");
            pages.lines(wrapped(regular, TEXT_SIZE, 0, meta), true);
            pages.gap(BLOCK_GAP);
            for (ReportRow row : rows) {
                pages.lines(block(row, regular, bold), true);
                pages.gap(BLOCK_GAP);
            }
            pages.close();
            footers(document, regular);
            document.save(out);
        }
    }

    public static void write(List<ReportEntry> entries, ReportOptions options, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(entries, options, out);
        }
    }

    private static List<Line> block(ReportRow row, PDFont regular, PDFont bold) {
        List<Line> lines = new ArrayList<>();
        String heading = row.rank() + ". " + row.displayName() + " · score " + row.score() + " · " + row.category()
                + " · " + row.years() + " years · " + row.status();
        lines.addAll(wrapped(bold, HEADING_SIZE, 0, heading));
        lines.addAll(wrapped(regular, TEXT_SIZE, INDENT, "File: " + row.file()));
        lines.addAll(wrapped(regular, TEXT_SIZE, INDENT, "Matched required: " + orNone(row.matchedRequired())));
        lines.addAll(wrapped(regular, TEXT_SIZE, INDENT, "Missing required: " + orNone(row.missingRequired())));
        if (!row.notes().isBlank()) {
            String[] notes = row.notes().strip().split("\\R");
            for (int i = 0; i < notes.length; i++) {
                lines.addAll(wrapped(regular, TEXT_SIZE, INDENT, (i == 0 ? "Notes: " : "") + notes[i]));
            }
        }
        return lines;
    }

    private static String orNone(List<String> skills) {
        return skills.isEmpty() ? "none" : String.join(", ", skills);
    }

    private static List<Line> wrapped(PDFont font, float size, float indent, String text) {
        return PdfText.wrap(font, size, text, WIDTH - indent).stream()
                .map(line -> new Line(font, size, indent, line)).toList();
    }

    private static void footers(PDDocument document, PDFont font) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = "page " + (i + 1) + " of " + count;
                content.beginText();
                content.setFont(font, 8);
                content.newLineAtOffset(PAGE.getWidth() - MARGIN - PdfText.width(font, 8, label), MARGIN / 2);
                content.showText(label);
                content.endText();
            }
        }
    }

    /** One line of already wrapped, already safe text. */
    private record Line(PDFont font, float size, float indent, String text) {
        float height() {
            return size * LEADING;
        }
    }

    /** The page being written and where on it; starts a new page when the next lines do not fit. */
    private static final class Pages {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document) {
            this.document = document;
        }

        /** @param together start a new page first if the lines fit on one page but not on this one */
        void lines(List<Line> lines, boolean together) throws IOException {
            float height = (float) lines.stream().mapToDouble(Line::height).sum();
            if (content == null || together && height > y - MARGIN && height <= PAGE.getHeight() - 2 * MARGIN) {
                newPage();
            }
            for (Line line : lines) {
                if (y - line.height() < MARGIN) {
                    newPage();
                }
                y -= line.height();
                content.beginText();
                content.setFont(line.font(), line.size());
                content.newLineAtOffset(MARGIN + line.indent(), y);
                content.showText(line.text());
                content.endText();
            }
        }

        void gap(float points) {
            y -= points;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}
