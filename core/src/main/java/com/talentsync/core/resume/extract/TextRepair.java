package com.talentsync.core.resume.extract;

import java.nio.charset.StandardCharsets;

/**
 * Undoes the commonest mojibake: UTF-8 bytes that were decoded as Windows-1252 or
 * ISO-8859-1, so that a bullet "•" arrives as "â€¢" (or "â\u0080¢"), "é" as "Ã©" and a
 * no-break space as "Â ". Resumes exported through old tools and CSV dumps are full of it,
 * and the parsers need the bullets and dashes back.
 *
 * <p>Only sequences that decode to valid UTF-8 are replaced, so ordinary accented text is left
 * alone; the work is one pass per line and nothing is allocated for clean lines.
 */
final class TextRepair {

    /** Windows-1252 characters for the bytes 0x80-0x9F (0 where the byte is unassigned). */
    private static final String CP1252_HIGH =
            "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    private TextRepair() {}

    static String repair(String line) {
        if (!needsRepair(line)) {
            return line;
        }
        String once = repairOnce(line);
        // Text re-encoded twice ("NaÃƒÂ¯ve") needs a second pass; more than that is noise.
        return needsRepair(once) ? repairOnce(once) : once;
    }

    private static boolean needsRepair(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c >= 0xC2 && c <= 0xF4) || c == '\u00A0' || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }

    private static String repairOnce(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int consumed = c >= 0xC2 && c <= 0xF4 ? decodeAt(line, i, out) : 0;
            if (consumed > 0) {
                i += consumed;
                continue;
            }
            if (c == 'â' && i + 1 < line.length() && line.charAt(i + 1) == '¢') {
                // "â€¢" whose invisible middle byte (U+0080) was stripped as a control character.
                out.append('•');
                i += 2;
            } else if (c == 'Â' && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)))) {
                i++; // the lead byte of a no-break space whose second byte became a space
            } else if (c == '\u00A0') {
                out.append(' ');
                i++;
            } else if (c == '\uFFFD') {
                out.append(' ');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Decodes the mis-decoded UTF-8 sequence at {@code at} into {@code out}; returns chars used. */
    private static int decodeAt(String line, int at, StringBuilder out) {
        char lead = line.charAt(at);
        int continuation = lead <= 0xDF ? 1 : lead <= 0xEF ? 2 : 3;
        if (at + continuation >= line.length()) {
            return 0;
        }
        byte[] bytes = new byte[continuation + 1];
        bytes[0] = (byte) lead;
        for (int k = 1; k <= continuation; k++) {
            int b = byteOf(line.charAt(at + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
            bytes[k] = (byte) b;
        }
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') >= 0 || decoded.isEmpty()) {
            return 0;
        }
        out.append(decoded.equals("\u00A0") ? " " : decoded);
        return continuation + 1;
    }

    /** The byte a character stands for in Windows-1252/ISO-8859-1, or -1. */
    private static int byteOf(char c) {
        if (c >= 0x80 && c <= 0xFF) {
            return c;
        }
        int index = CP1252_HIGH.indexOf(c);
        return index >= 0 && c != '\0' ? 0x80 + index : -1;
    }
}
