package com.talentsync.core.resume.hidden;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Hidden runs of a DOCX, read with POI's XWPF: runs marked hidden ({@code w:vanish}), set in a
 * colour too close to what is behind them (run shading or highlight, paragraph shading, table
 * cell shading, the page colour, else white), or at 2 pt or less. Formatting is resolved the way
 * Word does: the run's own properties, then its character style, then the paragraph's style
 * (each with the styles it is based on), then the document defaults.
 */
final class DocxHiddenText {

    static final double MAX_HIDDEN_POINTS = 2.0;
    private static final int MAX_DEPTH = 16;
    /** Marks the colour "auto", which is no RGB value. */
    private static final int AUTO = -1;

    /** Word's fixed highlight palette. */
    private static final Map<String, Integer> HIGHLIGHTS = Map.ofEntries(
            Map.entry("black", 0x000000), Map.entry("blue", 0x0000FF), Map.entry("cyan", 0x00FFFF),
            Map.entry("green", 0x00FF00), Map.entry("magenta", 0xFF00FF), Map.entry("red", 0xFF0000),
            Map.entry("yellow", 0xFFFF00), Map.entry("white", 0xFFFFFF), Map.entry("darkblue", 0x000080),
            Map.entry("darkcyan", 0x008080), Map.entry("darkgreen", 0x008000), Map.entry("darkmagenta", 0x800080),
            Map.entry("darkred", 0x800000), Map.entry("darkyellow", 0x808000), Map.entry("darkgray", 0x808080),
            Map.entry("lightgray", 0xC0C0C0));

    private final XWPFStyles styles;
    private final String defaultParagraphStyle;
    private final int page;
    private final RunCollector out = new RunCollector();

    private DocxHiddenText(XWPFDocument document) {
        this.styles = document.getStyles();
        this.defaultParagraphStyle = defaultParagraphStyle(styles);
        var body = document.getDocument();
        OptionalInt pageColour = body != null && body.isSetBackground() && body.getBackground().xgetColor() != null
                ? Colors.parse(body.getBackground().xgetColor().getStringValue())
                : OptionalInt.empty();
        this.page = pageColour.orElse(Colors.WHITE);
    }

    static HiddenText find(XWPFDocument document) {
        DocxHiddenText finder = new DocxHiddenText(document);
        // Tika writes headers before the body and footers after it; following it keeps contexts alike.
        for (XWPFHeaderFooter header : document.getHeaderList()) {
            finder.elements(header.getBodyElements(), finder.page, 0);
        }
        finder.elements(document.getBodyElements(), finder.page, 0);
        for (XWPFHeaderFooter footer : document.getFooterList()) {
            finder.elements(footer.getBodyElements(), finder.page, 0);
        }
        return finder.out.result();
    }

    private void elements(List<IBodyElement> elements, int background, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (IBodyElement element : elements) {
            if (out.full()) {
                return;
            }
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph, background);
            } else if (element instanceof XWPFTable table) {
                table(table, background, depth);
            } else if (element instanceof XWPFSDT control) {
                out.visible(control.getContent().getText());
                out.breakLine();
            }
        }
    }

    private void table(XWPFTable table, int background, int depth) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                int fill = fill(cell.getColor()).orElse(background);
                elements(cell.getBodyElements(), fill, depth + 1);
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph, int background) {
        String styleId = paragraph.getStyleID() != null ? paragraph.getStyleID() : defaultParagraphStyle;
        int paragraphFill = shading(paragraph.getCTP().getPPr())
                .orElseGet(() -> fromStyles(styleId, style -> shading(style.getPPr())).orElse(background));
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                String text = run.text();
                if (!text.isEmpty()) {
                    out.add(text, isHidden(run, styleId, paragraphFill));
                }
            } else if (element instanceof XWPFSDT control) {
                out.visible(control.getContent().getText());
            }
        }
        out.breakLine();
    }

    private boolean isHidden(XWPFRun run, String paragraphStyle, int paragraphFill) {
        CTRPr own = run.getCTR().getRPr();
        String runStyle = run.getStyle();
        if (resolve(own, runStyle, paragraphStyle, DocxHiddenText::vanish).orElse(0) == 1) {
            return true;
        }
        OptionalInt halfPoints = resolve(own, runStyle, paragraphStyle, DocxHiddenText::halfPoints);
        if (halfPoints.isPresent() && halfPoints.getAsInt() <= 2 * MAX_HIDDEN_POINTS) {
            return true;
        }
        OptionalInt colour = resolve(own, runStyle, paragraphStyle, this::colour);
        if (colour.isEmpty() || colour.getAsInt() == AUTO) {
            return false; // "auto": Word picks black or white against the background itself
        }
        int behind = resolve(own, runStyle, null, DocxHiddenText::runBackground).orElse(paragraphFill);
        return Colors.indistinguishable(colour.getAsInt(), behind);
    }

    /** The first value found: run properties, run style chain, paragraph style chain, defaults. */
    private OptionalInt resolve(CTRPr own, String runStyle, String paragraphStyle, Function<CTRPr, OptionalInt> read) {
        OptionalInt value = own == null ? OptionalInt.empty() : read.apply(own);
        if (value.isEmpty() && runStyle != null) {
            value = fromStyles(runStyle, style -> style.getRPr() == null ? OptionalInt.empty() : read.apply(style.getRPr()));
        }
        if (value.isEmpty() && paragraphStyle != null) {
            value = fromStyles(paragraphStyle,
                    style -> style.getRPr() == null ? OptionalInt.empty() : read.apply(style.getRPr()));
        }
        if (value.isEmpty() && styles != null && styles.getDefaultRunStyle() != null
                && styles.getDefaultRunStyle().getRPr() != null) {
            value = read.apply(styles.getDefaultRunStyle().getRPr());
        }
        return value;
    }

    /** Walks a style and the styles it is based on; a loop in basedOn ends at the depth cap. */
    private OptionalInt fromStyles(String styleId, Function<CTStyle, OptionalInt> read) {
        String id = styleId;
        for (int depth = 0; id != null && styles != null && depth < MAX_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null || style.getCTStyle() == null) {
                return OptionalInt.empty();
            }
            OptionalInt value = read.apply(style.getCTStyle());
            if (value.isPresent()) {
                return value;
            }
            id = style.getBasisStyleID();
        }
        return OptionalInt.empty();
    }

    /** 1 for hidden, 0 for explicitly shown, empty when not said. */
    private static OptionalInt vanish(CTRPr properties) {
        if (properties.sizeOfVanishArray() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(POIXMLUnits.parseOnOff(properties.getVanishArray(0)) ? 1 : 0);
    }

    private static OptionalInt halfPoints(CTRPr properties) {
        if (properties.sizeOfSzArray() == 0 || properties.getSzArray(0).xgetVal() == null) {
            return OptionalInt.empty();
        }
        String value = properties.getSzArray(0).xgetVal().getStringValue().strip().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("pt")) {
                return OptionalInt.of((int) Math.round(2 * Double.parseDouble(value.substring(0, value.length() - 2))));
            }
            return OptionalInt.of((int) Math.round(Double.parseDouble(value)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The text colour; a theme's background colour is the page colour whatever value it carries. */
    private OptionalInt colour(CTRPr properties) {
        if (properties.sizeOfColorArray() == 0) {
            return OptionalInt.empty();
        }
        CTColor colour = properties.getColorArray(0);
        if (colour.isSetThemeColor()) {
            String theme = colour.getThemeColor().toString().toLowerCase(Locale.ROOT);
            if ((theme.equals("background1") || theme.equals("light1")) && !colour.isSetThemeShade()) {
                return OptionalInt.of(page);
            }
        }
        if (colour.xgetVal() == null) {
            return OptionalInt.empty();
        }
        String value = colour.xgetVal().getStringValue();
        // "auto" is said explicitly and must stop the walk up the styles, so it gets a marker value.
        return "auto".equalsIgnoreCase(value) ? OptionalInt.of(AUTO) : Colors.parse(value);
    }

    private static OptionalInt runBackground(CTRPr properties) {
        if (properties.sizeOfHighlightArray() > 0 && properties.getHighlightArray(0).getVal() != null) {
            Integer highlight = HIGHLIGHTS.get(properties.getHighlightArray(0).getVal().toString().toLowerCase(Locale.ROOT));
            if (highlight != null) {
                return OptionalInt.of(highlight);
            }
        }
        return properties.sizeOfShdArray() > 0 ? shade(properties.getShdArray(0)) : OptionalInt.empty();
    }

    private static OptionalInt shading(CTPPrBase properties) {
        return properties != null && properties.isSetShd() ? shade(properties.getShd()) : OptionalInt.empty();
    }

    private static OptionalInt shade(CTShd shading) {
        return shading.xgetFill() == null ? OptionalInt.empty() : fill(shading.xgetFill().getStringValue());
    }

    private static OptionalInt fill(String value) {
        return value == null || value.equalsIgnoreCase("auto") ? OptionalInt.empty() : Colors.parse(value);
    }

    private static String defaultParagraphStyle(XWPFStyles styles) {
        if (styles == null) {
            return null;
        }
        for (XWPFStyle style : styles.getStyles()) {
            CTStyle ct = style.getCTStyle();
            if (ct != null && ct.getType() == STStyleType.PARAGRAPH && ct.isSetDefault()
                    && POIXMLUnits.parseOnOff(ct.xgetDefault())) {
                return style.getStyleId();
            }
        }
        return null;
    }
}
