package com.talentsync.core.resume.hidden;

import java.text.Normalizer;

/**
 * Text with every space and invisible character taken out, compatibility-folded (the "fi"
 * ligature becomes "f" "i") and lower-cased, remembering where each character came from. Two
 * extractions of one document differ mostly in whitespace (line breaks, word gaps in a PDF,
 * tabs in tables) and in ligatures; in the skeleton they agree.
 */
final class Skeleton {

    final String text;
    /** For each character of {@link #text}, its index in the original. */
    private final int[] origin;
    private final String original;

    private Skeleton(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static Skeleton of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 8];
        int length = original.length();
        for (int i = 0; i < length; ) {
            int codePoint = original.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (!skipped(codePoint)) {
                String folded = codePoint < 0x80
                        ? String.valueOf((char) Character.toLowerCase(codePoint))
                        : Normalizer.normalize(original.substring(i, i + width), Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
                for (int k = 0; k < folded.length(); k++) {
                    char c = folded.charAt(k);
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        continue;
                    }
                    if (out.length() == origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    }
                    origin[out.length()] = i;
                    out.append(c);
                }
            }
            i += width;
        }
        return new Skeleton(original, out.toString(), origin);
    }

    /** The skeleton alone, for text that need not be mapped back. */
    static String bare(String original) {
        return of(original).text;
    }

    private static boolean skipped(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || codePoint == 0xFEFF || codePoint == 0x200B
                || codePoint == 0x00AD;
    }

    int length() {
        return text.length();
    }

    /** Index in the original of the character at skeleton position {@code index}. */
    int originOf(int index) {
        return origin[index];
    }

    /** Index in the original just past the character at skeleton position {@code index}. */
    int originEndOf(int index) {
        int start = origin[index];
        return start + Character.charCount(original.codePointAt(start));
    }

    /**
     * True when the skeleton range [from, to) starts and ends on word edges in the original: a
     * hidden "Java" must not be cut out of a visible "JavaScript".
     */
    boolean onWordEdges(int from, int to) {
        int start = originOf(from);
        int end = originEndOf(to - 1);
        boolean startsWord = !isWordChar(original.codePointAt(start));
        boolean endsWord = !isWordChar(original.codePointBefore(end));
        boolean leftEdge = startsWord || start == 0 || !isWordChar(original.codePointBefore(start));
        boolean rightEdge = endsWord || end >= original.length() || !isWordChar(original.codePointAt(end));
        return leftEdge && rightEdge;
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    /** Occurrences of {@code needle} (a skeleton) that sit on word edges, not overlapping. */
    int countWords(String needle) {
        if (needle.isEmpty()) {
            return 0;
        }
        int count = 0;
        int from = 0;
        while (true) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                return count;
            }
            if (onWordEdges(at, at + needle.length())) {
                count++;
                from = at + needle.length();
            } else {
                from = at + 1;
            }
        }
    }
}
