package com.talentsync.core.resume.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the shape of one page from where its characters are: rows, the runs of text within a
 * row, whether the runs start in two columns, and what text sits in the top and bottom margin.
 * Pure geometry, no PDF types, so the heuristics can be tested with made-up coordinates.
 *
 * <p>Coordinates are in points with the origin at the top left, y growing downwards (PDFBox's
 * "direction adjusted" coordinates).
 */
final class PageGeometry {

    /** One visible character; {@code y} is its baseline. */
    record Glyph(float x, float y, float width, float height, String text) {}

    /** Characters on one row with no wide gap between them. */
    record Run(float x, float endX, String text) {}

    record Row(float y, List<Run> runs) {
        String text() {
            StringBuilder text = new StringBuilder();
            for (Run run : runs) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(run.text());
            }
            return text.toString();
        }
    }

    /** Baselines closer than this belong to one row; covers sub-point jitter from generators. */
    private static final float SAME_ROW = 2.5f;
    /**
     * A horizontal gap wider than this starts a new run. Column gutters are rarely under a
     * quarter inch (18 pt) while word spaces stay under ~5 pt, so 12 pt separates them; wide
     * fonts raise the bar via the glyph width.
     */
    private static final float MIN_RUN_GAP = 12f;
    /** Line starts within this distance count as the same column edge. */
    private static final float SAME_EDGE = 6f;
    /** A second column edge must hold at least this many line starts ... */
    private static final int MIN_COLUMN_ROWS = 5;
    /**
     * ... and at least this share of the page's rows. One-column resumes also have runs that
     * start mid-page (a date set at a tab stop on each job's first line), but only on a few
     * rows; a real second column fills a good part of the page.
     */
    private static final double MIN_COLUMN_SHARE = 0.25;
    /** Header and footer bands: the top and bottom 8% of the page (about 0.9 in on Letter). */
    private static final double MARGIN_BAND = 0.08;

    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:page\\s*)?#(?:\\s*(?:of|/)\\s*#)?");

    private PageGeometry() {}

    static List<Row> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Row> rows = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float rowY = Float.NaN;
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && glyph.y() - rowY > SAME_ROW) {
                rows.add(row(rowY, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                rowY = glyph.y();
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            rows.add(row(rowY, current));
        }
        return rows;
    }

    private static Row row(float y, List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        double averageWidth = glyphs.stream().mapToDouble(Glyph::width).average().orElse(0);
        double runGap = Math.max(MIN_RUN_GAP, 2.5 * averageWidth);
        double wordGap = Math.max(1.0, 0.2 * averageWidth);
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float start = glyphs.getFirst().x();
        float end = start;
        for (Glyph glyph : glyphs) {
            if (!text.isEmpty() && glyph.x() - end > runGap) {
                runs.add(new Run(start, end, text.toString()));
                text.setLength(0);
                start = glyph.x();
            } else if (!text.isEmpty() && glyph.x() - end > wordGap) {
                text.append(' ');
            }
            text.append(glyph.text());
            end = Math.max(end, glyph.x() + glyph.width());
        }
        runs.add(new Run(start, end, text.toString()));
        return new Row(y, List.copyOf(runs));
    }

    /**
     * True when many rows have a run starting at one shared x well right of the left margin:
     * the left edge of a second column. Right-aligned text (dates, page numbers) ends at a
     * shared x but starts at varying ones, so it does not form such an edge.
     */
    static boolean looksMultiColumn(List<Row> rows, float pageWidth) {
        if (rows.isEmpty() || pageWidth <= 0) {
            return false;
        }
        float leftMargin = Float.MAX_VALUE;
        for (Row row : rows) {
            leftMargin = Math.min(leftMargin, row.runs().getFirst().x());
        }
        float from = leftMargin + 0.2f * pageWidth;
        float to = 0.85f * pageWidth;
        List<Float> starts = new ArrayList<>();
        for (Row row : rows) {
            for (Run run : row.runs()) {
                if (run.x() >= from && run.x() <= to) {
                    starts.add(run.x());
                }
            }
        }
        starts.sort(Float::compare);
        int best = 0;
        int index = 0;
        while (index < starts.size()) {
            float edge = starts.get(index);
            int end = index;
            while (end < starts.size() && starts.get(end) - edge <= SAME_EDGE) {
                end++;
            }
            best = Math.max(best, end - index);
            index = end;
        }
        return best >= MIN_COLUMN_ROWS && best >= MIN_COLUMN_SHARE * rows.size();
    }

    /**
     * Texts of the rows in the top and bottom margin bands, normalised so that "Page 2" and
     * "Page 3" compare equal. Bare page numbers are left out: they are harmless to a parser,
     * unlike a name or phone number placed in a header.
     */
    static Set<String> marginTexts(List<Row> rows, float pageHeight) {
        Set<String> texts = new LinkedHashSet<>();
        if (pageHeight <= 0) {
            return texts;
        }
        double top = MARGIN_BAND * pageHeight;
        double bottom = pageHeight - top;
        for (Row row : rows) {
            if (row.y() > top && row.y() < bottom) {
                continue;
            }
            String text = normalise(row.text());
            boolean hasLetters = text.codePoints().anyMatch(Character::isLetter);
            if (hasLetters && !PAGE_NUMBER.matcher(text).matches()) {
                texts.add(text);
            }
        }
        return texts;
    }

    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        return SPACES.matcher(DIGITS.matcher(lower).replaceAll("#")).replaceAll(" ");
    }
}
