package com.talentsync.core.resume.layout;

/**
 * How a resume file is laid out, as far as it matters to applicant tracking systems (ATS):
 * they read text in reading order and tend to lose text that sits in images, side-by-side
 * columns, page headers and footers, or table cells.
 *
 * @param pages                  number of pages; 0 when the format has no fixed pages (HTML,
 *                               TXT) or does not record them (a DOCX not saved by Word)
 * @param hasTextLayer           true when some text can be selected; false for a scan
 * @param imageOnlyPages         pages with pictures and no text (scanned pages)
 * @param multiColumnSuspected   text seems to be set in two or more columns on most pages
 * @param textInHeadersOrFooters text sits in page headers or footers (for a PDF: the same
 *                               text in the top or bottom margin of several pages)
 * @param tables                 tables, nested ones included; always 0 for PDF, which has no
 *                               table structure to count
 * @param images                 pictures in the document
 * @param knownLayout            true when this file type could be inspected at all; when
 *                               false every other field but {@code hiddenTextRuns} is a neutral
 *                               default and means nothing
 * @param hiddenTextRuns         stretches of text a reader cannot see (white, hidden, tiny, off
 *                               the page), found separately from the layout, so also for RTF and
 *                               ODT; 0 for formats not inspected
 */
public record DocumentLayout(
        int pages,
        boolean hasTextLayer,
        int imageOnlyPages,
        boolean multiColumnSuspected,
        boolean textInHeadersOrFooters,
        int tables,
        int images,
        boolean knownLayout,
        int hiddenTextRuns) {

    private static final DocumentLayout UNKNOWN = new DocumentLayout(0, false, 0, false, false, 0, 0, false);

    public DocumentLayout {
        if (pages < 0 || imageOnlyPages < 0 || tables < 0 || images < 0 || hiddenTextRuns < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** A layout with no hidden text. */
    public DocumentLayout(int pages, boolean hasTextLayer, int imageOnlyPages, boolean multiColumnSuspected,
            boolean textInHeadersOrFooters, int tables, int images, boolean knownLayout) {
        this(pages, hasTextLayer, imageOnlyPages, multiColumnSuspected, textInHeadersOrFooters, tables, images,
                knownLayout, 0);
    }

    public DocumentLayout withHiddenTextRuns(int runs) {
        return new DocumentLayout(pages, hasTextLayer, imageOnlyPages, multiColumnSuspected, textInHeadersOrFooters,
                tables, images, knownLayout, runs);
    }

    /** For files we cannot inspect (DOC, RTF, ODT, unreadable files) and for pasted text. */
    public static DocumentLayout unknown() {
        return UNKNOWN;
    }

    /** Plain text: nothing that could hide text from a parser. */
    public static DocumentLayout plainText() {
        return new DocumentLayout(0, true, 0, false, false, 0, 0, true);
    }
}
