package com.talentsync.core.resume.layout;

import com.talentsync.core.resume.layout.PageGeometry.Glyph;
import com.talentsync.core.resume.layout.PageGeometry.Row;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The PDF half of {@link LayoutProbe}, built on PDFBox. */
final class PdfLayout {

    /**
     * Pages looked at in detail. A resume has one to three; a 200-page file dropped by mistake
     * should not cost seconds, and its first pages tell the story anyway.
     */
    static final int MAX_PAGES_INSPECTED = 20;
    /**
     * A page with fewer visible characters than this counts as having no text: scanners and
     * export tools sometimes stamp a page number or a few stray glyphs on an image page.
     */
    static final int MIN_TEXT_CHARS = 20;
    /** Forms nest inside forms; real files stay shallow, malicious ones may loop. */
    private static final int MAX_FORM_DEPTH = 8;

    private PdfLayout() {}

    static DocumentLayout probe(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int pages = document.getNumberOfPages();
            int inspected = Math.min(pages, MAX_PAGES_INSPECTED);
            GlyphCollector collector = new GlyphCollector();
            collector.setStartPage(1);
            collector.setEndPage(inspected);
            collector.writeText(document, Writer.nullWriter());

            int images = 0;
            int imageOnlyPages = 0;
            int textPages = 0;
            int multiColumnPages = 0;
            Map<String, Integer> marginTextPages = new HashMap<>();
            for (int index = 0; index < inspected; index++) {
                PDPage page = document.getPage(index);
                List<Glyph> glyphs = collector.glyphs(index + 1);
                int pageImages = countImages(page.getResources(), 0, Collections.newSetFromMap(new IdentityHashMap<>()));
                images += pageImages;
                if (glyphs.size() < MIN_TEXT_CHARS) {
                    if (pageImages > 0) {
                        imageOnlyPages++;
                    }
                    continue;
                }
                textPages++;
                PDRectangle box = viewedSize(page);
                List<Row> rows = PageGeometry.rows(glyphs);
                if (PageGeometry.looksMultiColumn(rows, box.getWidth())) {
                    multiColumnPages++;
                }
                for (String text : PageGeometry.marginTexts(rows, box.getHeight())) {
                    marginTextPages.merge(text, 1, Integer::sum);
                }
            }
            // "Most pages": a two-page resume whose second page only continues the first
            // column's list still reads as a two-column resume.
            boolean multiColumn = multiColumnPages > 0 && 2 * multiColumnPages >= textPages;
            // One page cannot show a repeated header; the same margin text on two pages can.
            boolean headerOrFooter = marginTextPages.values().stream().anyMatch(count -> count >= 2);
            return new DocumentLayout(pages, textPages > 0, imageOnlyPages, multiColumn, headerOrFooter,
                    0, images, true);
        }
    }

    /** The page as a reader sees it: width and height swap when the page is turned sideways. */
    private static PDRectangle viewedSize(PDPage page) {
        PDRectangle box = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360);
        return rotation == 90 || rotation == 270 ? new PDRectangle(box.getHeight(), box.getWidth()) : box;
    }

    /**
     * Images named in a page's resources, including those inside form XObjects. An image
     * listed but never drawn is counted too; producers rarely do that, and drawing every page
     * just to count pictures would cost far more than this estimate is worth.
     */
    private static int countImages(PDResources resources, int depth, Set<Object> seenForms) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return 0;
        }
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                count++;
            } else if (object instanceof PDFormXObject form && seenForms.add(form.getCOSObject())) {
                count += countImages(form.getResources(), depth + 1, seenForms);
            }
        }
        return count;
    }

    /**
     * Collects every visible character with its position, per page. Overriding
     * {@code processTextPosition} without calling up means PDFBox never assembles the text
     * itself, which we do not need.
     */
    private static final class GlyphCollector extends PDFTextStripper {

        private final Map<Integer, List<Glyph>> byPage = new HashMap<>();

        @Override
        protected void processTextPosition(TextPosition position) {
            String text = position.getUnicode();
            if (text == null || text.isBlank()) {
                return;
            }
            byPage.computeIfAbsent(getCurrentPageNo(), page -> new ArrayList<>())
                    .add(new Glyph(position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(),
                            position.getHeightDir(), text));
        }

        /** @param pageNumber 1-based, as PDFBox counts */
        List<Glyph> glyphs(int pageNumber) {
            return byPage.getOrDefault(pageNumber, List.of());
        }
    }
}
