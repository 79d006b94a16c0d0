package com.talentsync.core.resume.extract;

import com.talentsync.core.resume.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small text helpers shared by the parsers. Everything here is a single pass over its input
 * (no regular expressions), because it runs on every line of every resume.
 */
final class Words {

    private Words() {}

    /**
     * A lookup key: lower case, every run of characters that are not letters or digits turned
     * into one space, trimmed. "B. Tech." and "b-tech" both become "b tech".
     */
    static String key(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** The words of {@link #key}: lower-case runs of letters and digits. */
    static List<String> tokens(CharSequence text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                tokens.add(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return tokens;
    }

    static int wordCount(CharSequence text) {
        return TextNormalizer.countWords(text);
    }

    static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int digitCount(CharSequence text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                digits++;
            }
        }
        return digits;
    }

    /**
     * A line that is only a web address: page footers of exported resumes repeat one, and it
     * must not be read as a job's employer or a bullet point.
     */
    static boolean isLinkOnly(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.indexOf(' ') >= 0) {
            return false;
        }
        return text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www.");
    }

    /** Marks that start a list item in resumes, including Wingdings bullets from PDF/Word. */
    static boolean isBulletMark(char c) {
        return "•·●○◦▪■□►▶➢➤→✓✔❖◆◇*-–—>‣⁃∙♦»✗✘☐☑❑".indexOf(c) >= 0
                || Character.getType(c) == Character.PRIVATE_USE;
    }

    /** True for "• item", "- item", "1. item", "2) item" and Word's "o item". */
    static boolean isBullet(String line) {
        return bulletEnd(line) > 0;
    }

    /** The line without its bullet or number, trimmed. */
    static String stripBullet(String line) {
        int end = bulletEnd(line);
        return end > 0 ? line.substring(end).strip() : line.strip();
    }

    /** Index just after the bullet mark and its spaces, or 0 when the line has none. */
    private static int bulletEnd(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i >= line.length()) {
            return 0;
        }
        char c = line.charAt(i);
        int after;
        if (isBulletMark(c)) {
            after = i + 1;
            // "--" or "**" decorations count as one mark; "-5%" is not a bullet.
            while (after < line.length() && line.charAt(after) == c) {
                after++;
            }
            if (after < line.length() && Character.isDigit(line.charAt(after)) && c == '-') {
                return 0;
            }
        } else if ((c == 'o' || c == 'O') && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
            after = i + 1;
        } else if (Character.isDigit(c)) {
            int j = i;
            while (j < line.length() && j - i < 3 && Character.isDigit(line.charAt(j))) {
                j++;
            }
            if (j + 1 < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')')
                    && line.charAt(j + 1) == ' ') {
                after = j + 1;
            } else {
                return 0;
            }
        } else {
            return 0;
        }
        while (after < line.length() && Character.isWhitespace(line.charAt(after))) {
            after++;
        }
        return after;
    }

    /**
     * Splits a header line on the separators resumes put between title, employer, place and
     * dates: '|', tabs, runs of two or more spaces, mid-line bullets, en/em dashes and a
     * hyphen with spaces around it. Pieces are trimmed of stray separators; empty ones drop.
     */
    static List<String> pieces(String line) {
        List<String> pieces = new ArrayList<>(4);
        int start = 0;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            boolean split = c == '|' || c == '\t' || c == '–' || c == '—' || c == '•' || c == '·' || c == '▪'
                    || (c == ' ' && i + 1 < n && line.charAt(i + 1) == ' ')
                    || (c == '-' && (i == 0 || line.charAt(i - 1) == ' ') && (i + 1 == n || line.charAt(i + 1) == ' '));
            if (split) {
                addPiece(pieces, line.substring(start, i));
                start = i + 1;
            }
        }
        addPiece(pieces, line.substring(start));
        return pieces;
    }

    private static void addPiece(List<String> pieces, String raw) {
        String piece = trimSeparators(raw);
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
    }

    /**
     * Trims spaces and the punctuation left over when a date or a label was cut out, and a
     * bracket whose partner went with it: "Acme (" and "Acme)" become "Acme". One pass with
     * running bracket counts, so a line of a thousand brackets is no slower than its length.
     */
    static String trimSeparators(String text) {
        int start = 0;
        int end = text.length();
        int open = 0;
        int close = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                open++;
            } else if (c == ')' || c == ']') {
                close++;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            while (start < end && isEdgeJunk(text.charAt(start))) {
                start++;
            }
            while (end > start && isEdgeJunk(text.charAt(end - 1))) {
                end--;
            }
            if (end == start) {
                break;
            }
            char first = text.charAt(start);
            char last = text.charAt(end - 1);
            if (last == '(' || last == '[') {
                end--;
                open--;
                changed = true;
            } else if (first == ')' || first == ']') {
                start++;
                close--;
                changed = true;
            } else if ((last == ')' || last == ']') && close > open) {
                end--;
                close--;
                changed = true;
            } else if ((first == '(' || first == '[') && open > close) {
                start++;
                open--;
                changed = true;
            }
        }
        return text.substring(start, end);
    }

    private static boolean isEdgeJunk(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '–' || c == '—' || c == '|'
                || c == ',' || c == ':' || c == ';' || c == '•' || c == '·' || c == '/' || c == '~' || c == '*'
                || c == '_' || c == '=' || Character.getType(c) == Character.PRIVATE_USE;
    }

    /**
     * A set of phrases (token sequences) that can be looked for inside a token list: the
     * word lists for titles, employers, schools and places.
     */
    static final class PhraseSet {
        private final Set<String> phrases = new HashSet<>();
        private final Map<String, Integer> longestByFirstToken = new HashMap<>();

        void add(String phrase) {
            List<String> tokens = tokens(phrase);
            if (tokens.isEmpty()) {
                return;
            }
            phrases.add(String.join(" ", tokens));
            longestByFirstToken.merge(tokens.getFirst(), tokens.size(), Math::max);
        }

        boolean contains(String key) {
            return phrases.contains(key);
        }

        static PhraseSet union(PhraseSet... sets) {
            PhraseSet all = new PhraseSet();
            for (PhraseSet set : sets) {
                all.phrases.addAll(set.phrases);
                set.longestByFirstToken.forEach((first, length) -> all.longestByFirstToken.merge(first, length, Math::max));
            }
            return all;
        }

        /** Length in tokens of the longest phrase starting at {@code from}, or 0. */
        int matchAt(List<String> tokens, int from) {
            Integer longest = longestByFirstToken.get(tokens.get(from));
            if (longest == null) {
                return 0;
            }
            for (int length = Math.min(longest, tokens.size() - from); length >= 1; length--) {
                String candidate = length == 1 ? tokens.get(from) : String.join(" ", tokens.subList(from, from + length));
                if (phrases.contains(candidate)) {
                    return length;
                }
            }
            return 0;
        }

        /** How many phrases occur in {@code tokens} (non-overlapping, longest first). */
        int count(List<String> tokens) {
            int found = 0;
            for (int i = 0; i < tokens.size(); ) {
                int length = matchAt(tokens, i);
                if (length > 0) {
                    found++;
                    i += length;
                } else {
                    i++;
                }
            }
            return found;
        }
    }
}
