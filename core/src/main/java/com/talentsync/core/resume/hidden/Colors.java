package com.talentsync.core.resume.hidden;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours as 0xRRGGBB integers, parsed from the ways documents write them, and the one question
 * this package asks of them: could a reader tell text in one colour from a background in another?
 */
final class Colors {

    static final int WHITE = 0xFFFFFF;
    static final int BLACK = 0x000000;

    /**
     * Below this WCAG contrast ratio text is treated as invisible. White on #E6E6E6 is about 1.25;
     * the faintest grey text designers use on white (#D9D9D9, "white, darker 15%") is 1.4 and stays.
     */
    private static final double MIN_VISIBLE_CONTRAST = 1.25;

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    private static final Pattern RGB_FUNCTION = Pattern.compile(
            "rgba?\\(\\s*([0-9.]+%?)[\\s,]+([0-9.]+%?)[\\s,]+([0-9.]+%?)(?:\\s*[,/]\\s*([0-9.]+%?))?\\s*\\)");

    /** Named colours light enough to hide text on white, plus black for dark backgrounds. */
    private static final Map<String, Integer> NAMES = Map.ofEntries(
            Map.entry("white", WHITE), Map.entry("snow", 0xFFFAFA), Map.entry("ivory", 0xFFFFF0),
            Map.entry("ghostwhite", 0xF8F8FF), Map.entry("whitesmoke", 0xF5F5F5), Map.entry("floralwhite", 0xFFFAF0),
            Map.entry("azure", 0xF0FFFF), Map.entry("mintcream", 0xF5FFFA), Map.entry("honeydew", 0xF0FFF0),
            Map.entry("aliceblue", 0xF0F8FF), Map.entry("seashell", 0xFFF5EE), Map.entry("linen", 0xFAF0E6),
            Map.entry("oldlace", 0xFDF5E6), Map.entry("lavenderblush", 0xFFF0F5), Map.entry("beige", 0xF5F5DC),
            Map.entry("cornsilk", 0xFFF8DC), Map.entry("lightyellow", 0xFFFFE0), Map.entry("black", BLACK));

    private Colors() {}

    /**
     * Reads "#fff", "FFFFFF", "#ffffffff", "rgb(255, 255, 255)", "rgba(...)" or a few names.
     * Empty for "auto", "inherit", "currentColor", unknown names and fully transparent colours,
     * i.e. whenever the colour cannot be known from the value alone.
     */
    static OptionalInt parse(String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        Integer named = NAMES.get(text);
        if (named != null) {
            return OptionalInt.of(named);
        }
        if (HEX.matcher(text).matches()) {
            return hex(text.startsWith("#") ? text.substring(1) : text);
        }
        Matcher rgb = RGB_FUNCTION.matcher(text);
        if (rgb.matches()) {
            if (rgb.group(4) != null && channel(rgb.group(4), 1.0) == 0) {
                return OptionalInt.empty();
            }
            int r = (int) Math.round(channel(rgb.group(1), 255));
            int g = (int) Math.round(channel(rgb.group(2), 255));
            int b = (int) Math.round(channel(rgb.group(3), 255));
            return OptionalInt.of(clamp(r) << 16 | clamp(g) << 8 | clamp(b));
        }
        return OptionalInt.empty();
    }

    /** True when {@code value} says the colour is fully transparent ("transparent", rgba(..., 0)). */
    static boolean isTransparent(String value) {
        if (value == null) {
            return false;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("transparent")) {
            return true;
        }
        Matcher rgb = RGB_FUNCTION.matcher(text);
        if (rgb.matches() && rgb.group(4) != null) {
            return channel(rgb.group(4), 1.0) == 0;
        }
        Matcher hex = HEX.matcher(text);
        if (hex.matches()) {
            String digits = hex.group(1);
            return digits.length() == 8 && digits.endsWith("00") || digits.length() == 4 && digits.endsWith("0");
        }
        return false;
    }

    private static OptionalInt hex(String digits) {
        String full = switch (digits.length()) {
            case 3, 4 -> "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                    + digits.charAt(2) + digits.charAt(2);
            case 6, 8 -> digits.substring(0, 6);
            default -> null;
        };
        if (full == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(full, 16));
    }

    private static double channel(String value, double scale) {
        try {
            if (value.endsWith("%")) {
                return Double.parseDouble(value.substring(0, value.length() - 1)) / 100.0 * scale;
            }
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return scale;
        }
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }

    /** True when text in {@code foreground} on {@code background} is too faint to read. */
    static boolean indistinguishable(int foreground, int background) {
        return contrast(foreground, background) < MIN_VISIBLE_CONTRAST;
    }

    /** The WCAG 2 contrast ratio, 1 (same colour) to 21 (black on white). */
    static double contrast(int first, int second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
