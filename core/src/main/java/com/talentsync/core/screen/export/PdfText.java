package com.talentsync.core.screen.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made safe for PDFBox's standard fonts, and wrapped to a width. The 14 standard fonts
 * encode only WinAnsi (Western European) characters: anything else (Chinese, Arabic, emoji)
 * becomes "?" instead of failing the whole report. Line breaks and tabs become spaces;
 * callers split lines themselves.
 */
final class PdfText {

    private static final Map<String, Boolean> ENCODABLE = new ConcurrentHashMap<>();

    private PdfText() {}

    static String safe(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
                out.append(' ');
            } else if (canEncode(font, codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Lines of at most {@code width} points; a word longer than a line is split. */
    static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(font, text).strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int fits = fittingChars(font, size, rest, width);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int fittingChars(PDFont font, float size, String text, float width) {
        int fits = 1;
        while (fits < text.length() && width(font, size, text.substring(0, fits + 1)) <= width) {
            fits++;
        }
        return fits;
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        return ENCODABLE.computeIfAbsent(font.getName() + ":" + codePoint, key -> {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
