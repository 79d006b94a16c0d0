package com.talentsync.core.resume;

/**
 * Tidies extracted or pasted text so that everything downstream (word counts, search,
 * matching) sees the same shape whatever the source format: one line break per line, one
 * blank line between paragraphs, single spaces inside lines.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    /** Normalises {@code raw} and cuts it to at most {@code maxChars} characters. */
    static String normalize(String raw, int maxChars) {
        Lines lines = new Lines(Math.min(raw.length(), maxChars) + 16);
        int length = raw.length();
        // A sentinel line break at the end flushes the last line.
        for (int i = 0; i <= length && !lines.exceeds(maxChars); i++) {
            char c = i < length ? raw.charAt(i) : '\n';
            if (c == '\r' && i + 1 < length && raw.charAt(i + 1) == '\n') {
                continue;
            }
            if (isLineBreak(c)) {
                lines.endLine();
            } else if (isHorizontalSpace(c)) {
                lines.space();
            } else if (!isInvisible(c)) {
                lines.append(c);
            }
        }
        lines.endLine();
        return cut(lines.out, maxChars);
    }

    /** Whitespace-separated words (also used by the extractor, so both count alike). */
    public static int countWords(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static String cut(StringBuilder text, int maxChars) {
        if (text.length() <= maxChars) {
            return text.toString();
        }
        int end = maxChars;
        // Never split a surrogate pair: half an emoji is not text.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String cut = text.substring(0, end);
        return cut.stripTrailing();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || Character.isSpaceChar(c);
    }

    /** Controls, byte-order marks and zero-width characters carry no text. */
    private static boolean isInvisible(char c) {
        return Character.isISOControl(c) || c == '\uFEFF' || c == '\u200B' || c == '\u00AD';
    }

    /** Builds the output line by line, so trailing spaces and blank-line runs never land in it. */
    private static final class Lines {
        final StringBuilder out;
        private final StringBuilder line = new StringBuilder();
        private boolean blankLinePending;

        Lines(int capacity) {
            out = new StringBuilder(capacity);
        }

        boolean exceeds(int maxChars) {
            return out.length() + line.length() > maxChars;
        }

        void append(char c) {
            line.append(c);
        }

        void space() {
            if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                line.append(' ');
            }
        }

        void endLine() {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            line.setLength(end);
            if (line.isEmpty()) {
                // Keep a paragraph break, but only one, and none before the first line.
                blankLinePending = !out.isEmpty();
                return;
            }
            if (!out.isEmpty()) {
                out.append(blankLinePending ? "\n\n" : "\n");
            }
            out.append(line);
            line.setLength(0);
            blankLinePending = false;
        }
    }
}
