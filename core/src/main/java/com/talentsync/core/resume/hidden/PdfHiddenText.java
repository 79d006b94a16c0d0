package com.talentsync.core.resume.hidden;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Hidden text of a PDF, read with PDFBox while its pages are interpreted: glyphs drawn in the
 * invisible rendering mode (3) or fully transparent, in a colour too close to what was painted
 * behind them (the page is white unless a filled shape says otherwise), smaller than 2 pt, or
 * outside the crop box.
 *
 * <p>Invisible text over a picture is the text layer OCR software lays over a scan: it shows the
 * same words as the picture, so it counts as seen. Text on a picture or gradient is never called
 * hidden by colour, since what is behind it is unknown.
 *
 * <p>Extends the text stripper only to reuse its glyph-to-Unicode mapping; its own text assembly
 * is switched off, so the cost is one pass over the content streams.
 */
final class PdfHiddenText extends PDFTextStripper {

    /** A resume has one to three pages; a long file's first pages show whether it plays tricks. */
    static final int MAX_PAGES = 50;
    static final float MIN_VISIBLE_POINTS = 2f;
    /** Filled shapes remembered per page; past this the background counts as unknown. */
    private static final int MAX_FILLS = 5_000;
    private static final int UNKNOWN = -1;

    private record Fill(float minX, float minY, float maxX, float maxY, int rgb) {
        boolean contains(float x, float y) {
            return x >= minX && x <= maxX && y >= minY && y <= maxY;
        }
    }

    private final RunCollector out = new RunCollector();
    private final List<Fill> fills = new ArrayList<>();
    private boolean tooManyFills;
    private PDRectangle cropBox;
    private float pathMinX;
    private float pathMinY;
    private float pathMaxX;
    private float pathMaxY;
    private boolean hasPath;
    private boolean glyphHidden;
    private float glyphX;
    private float glyphY;
    private float lastEndX = Float.NaN;
    private float lastEndY = Float.NaN;
    private float lastSize;

    private PdfHiddenText() {
        // The text stripper leaves colours alone; without these every glyph would read as black.
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    static HiddenText find(PDDocument document) throws IOException {
        PdfHiddenText finder = new PdfHiddenText();
        finder.setStartPage(1);
        finder.setEndPage(Math.min(document.getNumberOfPages(), MAX_PAGES));
        finder.writeText(document, Writer.nullWriter());
        return finder.out.result();
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        fills.clear();
        tooManyFills = false;
        hasPath = false;
        cropBox = page.getCropBox();
        lastEndX = Float.NaN;
    }

    @Override
    protected void endPage(PDPage page) {
        out.breakLine();
    }

    /** The stripper would sort and join the page's characters here; nothing of that is needed. */
    @Override
    protected void writePage() {}

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        switch (operator.getName()) {
            case "re" -> rectangle(operands);
            case "m", "l" -> points(operands, 1);
            case "c" -> points(operands, 3);
            case "v", "y" -> points(operands, 2);
            case "f", "F", "f*", "B", "B*", "b", "b*" -> fillPath();
            case "n", "S", "s" -> hasPath = false;
            case "sh" -> paintUnknown(cropBox.getLowerLeftX(), cropBox.getLowerLeftY(), cropBox.getUpperRightX(),
                    cropBox.getUpperRightY());
            case "Do" -> image(operands);
            case "BI" -> unitSquare();
            default -> {
                // everything else is text or state, handled by the stripper
            }
        }
        super.processOperator(operator, operands);
    }

    private void rectangle(List<COSBase> operands) {
        if (operands.size() < 4 || !allNumbers(operands, 4)) {
            return;
        }
        float x = number(operands, 0);
        float y = number(operands, 1);
        float w = number(operands, 2);
        float h = number(operands, 3);
        addPoint(x, y);
        addPoint(x + w, y);
        addPoint(x, y + h);
        addPoint(x + w, y + h);
    }

    private void points(List<COSBase> operands, int count) {
        if (operands.size() < 2 * count || !allNumbers(operands, 2 * count)) {
            return;
        }
        for (int i = 0; i < count; i++) {
            addPoint(number(operands, 2 * i), number(operands, 2 * i + 1));
        }
    }

    /** Paths are kept as their bounding box in user space: enough to know what lies behind text. */
    private void addPoint(float x, float y) {
        Point2D.Float point = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
        if (!hasPath) {
            pathMinX = pathMaxX = point.x;
            pathMinY = pathMaxY = point.y;
            hasPath = true;
            return;
        }
        pathMinX = Math.min(pathMinX, point.x);
        pathMaxX = Math.max(pathMaxX, point.x);
        pathMinY = Math.min(pathMinY, point.y);
        pathMaxY = Math.max(pathMaxY, point.y);
    }

    private void fillPath() {
        if (!hasPath) {
            return;
        }
        hasPath = false;
        PDGraphicsState state = getGraphicsState();
        if (state.getNonStrokeAlphaConstant() <= 0.02) {
            return;
        }
        remember(new Fill(pathMinX, pathMinY, pathMaxX, pathMaxY, rgb(state.getNonStrokingColor())));
    }

    private void image(List<COSBase> operands) throws IOException {
        if (operands.isEmpty() || !(operands.getFirst() instanceof COSName name) || getResources() == null) {
            return;
        }
        if (getResources().isImageXObject(name)) {
            unitSquare();
        }
    }

    /** Images are drawn into the unit square of the current transformation. */
    private void unitSquare() {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            Point2D.Float point = ctm.transformPoint(corner & 1, corner >> 1);
            minX = Math.min(minX, point.x);
            maxX = Math.max(maxX, point.x);
            minY = Math.min(minY, point.y);
            maxY = Math.max(maxY, point.y);
        }
        paintUnknown(minX, minY, maxX, maxY);
    }

    private void paintUnknown(float minX, float minY, float maxX, float maxY) {
        remember(new Fill(minX, minY, maxX, maxY, UNKNOWN));
    }

    private void remember(Fill fill) {
        if (fills.size() >= MAX_FILLS) {
            tooManyFills = true;
            return;
        }
        fills.add(fill);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        glyphHidden = isHidden(textRenderingMatrix, displacement);
        glyphX = textRenderingMatrix.getTranslateX();
        glyphY = textRenderingMatrix.getTranslateY();
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        Point2D.Float end = textRenderingMatrix.transformPoint(displacement.getX(), 0);
        lastEndX = end.x;
        lastEndY = end.y;
        lastSize = Math.max(1f, textRenderingMatrix.getScalingFactorY());
    }

    /** Called by the stripper from {@code super.showGlyph}, with the glyph's text. */
    @Override
    protected void processTextPosition(TextPosition position) {
        String text = position.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        if (!Float.isNaN(lastEndX) && startsNewWord(glyphX, glyphY)) {
            out.visible(" ");
        }
        out.add(text, glyphHidden);
    }

    /** Word gaps are often not drawn as spaces; a jump in position makes one. */
    private boolean startsNewWord(float x, float y) {
        return Math.abs(x - lastEndX) > 0.25f * lastSize || Math.abs(y - lastEndY) > 0.5f * lastSize;
    }

    private boolean isHidden(Matrix trm, Vector displacement) {
        if (trm.getScalingFactorY() < MIN_VISIBLE_POINTS || trm.getScalingFactorX() < MIN_VISIBLE_POINTS / 2) {
            return true;
        }
        Point2D.Float centre = trm.transformPoint(displacement.getX() / 2, 0.3f);
        if (cropBox != null && !cropBox.contains(centre.x, centre.y)) {
            return true;
        }
        Fill behind = fillAt(centre.x, centre.y);
        boolean overPicture = behind != null && behind.rgb() == UNKNOWN;
        PDGraphicsState state = getGraphicsState();
        RenderingMode mode = state.getTextState().getRenderingMode();
        if (!mode.isFill() && !mode.isStroke()) {
            return !overPicture; // over a picture: an OCR text layer
        }
        double alpha = mode.isFill() ? state.getNonStrokeAlphaConstant() : state.getAlphaConstant();
        if (alpha <= 0.02) {
            return !overPicture;
        }
        if (overPicture || tooManyFills) {
            return false;
        }
        int background = behind == null ? Colors.WHITE : behind.rgb();
        boolean fillHidden = !mode.isFill() || faint(state.getNonStrokingColor(), background);
        boolean strokeHidden = !mode.isStroke() || faint(state.getStrokingColor(), background);
        return fillHidden && strokeHidden;
    }

    private static boolean faint(PDColor colour, int background) {
        int rgb = rgb(colour);
        return rgb != UNKNOWN && Colors.indistinguishable(rgb, background);
    }

    /** The topmost shape under a point: later paint covers earlier paint. */
    private Fill fillAt(float x, float y) {
        for (int i = fills.size() - 1; i >= 0; i--) {
            Fill fill = fills.get(i);
            if (fill.contains(x, y)) {
                return fill;
            }
        }
        return null;
    }

    private static int rgb(PDColor colour) {
        if (colour == null || colour.isPattern()) {
            return UNKNOWN;
        }
        try {
            return colour.toRGB() & 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return UNKNOWN; // colour spaces PDFBox cannot convert: make no claim about them
        }
    }

    private static boolean allNumbers(List<COSBase> operands, int count) {
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static float number(List<COSBase> operands, int index) {
        return ((COSNumber) operands.get(index)).floatValue();
    }
}
