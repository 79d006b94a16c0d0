package com.talentsync.core.resume.skills;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text, split the same way for taxonomy spellings and for resumes, so that
 * "Node.js", "node js" and "NODE.JS" all become {@code [node, js]} and can meet in one hash
 * lookup per word.
 *
 * <p>Rules, each chosen for a family of skill names:
 * <ul>
 *   <li>A word is a run of letters and digits ("HTML5", "S4HANA", "Windows10").</li>
 *   <li>{@code ++}, {@code #} and a final {@code +} stay on the word: C++, C#, F#, Security+.</li>
 *   <li>A dot that starts a word stays on it, so ".NET" is not the word "net" ("net profit").
 *       A dot inside a word splits it: "ASP.NET" is [asp, net], "Node.js" is [node, js].</li>
 *   <li>Hyphens, slashes and apostrophes split: "Spring-Boot" = "Spring Boot", "CI/CD" = [ci, cd].
 *       A word glued to its neighbour by "-", "." or an apostrophe is marked as joined, so a lone
 *       "C" in "C-level" can be told apart from the language.</li>
 *   <li>An "&amp;" between letters stays in the word: "R&amp;D", "M&amp;A", "P&amp;L" are single words, so
 *       they never read as the letters "R" or "M A" (which "M.A.", a degree, also splits into).
 *       A free-standing "&amp;" is the word "and" ("Mergers &amp; Acquisitions").</li>
 * </ul>
 *
 * <p>For each word it also records whether a hard break (comma, bullet, bracket, sentence end,
 * blank line) separates it from the previous word — multi-word names never span one — and which
 * list item it belongs to, so the finder can tell "Skills: Java, R, Go" (one-word items) from a
 * sentence that happens to sit in a skills section.
 */
final class SkillTokens {

    static final int JOINED_PREV = 1;
    static final int JOINED_NEXT = 2;
    static final int HARD_BREAK_BEFORE = 4;
    /** "and", "or", "&amp;": part of names, but they end a list item like a comma does. */
    static final int CONNECTOR = 8;
    /** Part of a web address or an e-mail address: "github.com/jane" is a link, not a skill. */
    static final int IN_LINK = 16;

    final String text;
    int size;
    int[] start;
    int[] end;
    String[] lower;
    int[] flags;
    int[] line;
    int[] item;
    /** Number of non-connector words in each token's list item. */
    int[] itemSize;

    private SkillTokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        lower = new String[capacity];
        flags = new int[capacity];
        line = new int[capacity];
        item = new int[capacity];
    }

    /** A taxonomy spelling's words, lower-cased (the lookup key) and as written (for case-exact matching). */
    record Words(String[] lower, String[] written) {}

    /**
     * Splits a taxonomy spelling. Only the word scan runs: list items and links mean nothing
     * in a name, and the taxonomy has some 16,000 spellings to split at start-up.
     */
    static Words spelling(String spelling) {
        SkillTokens tokens = new SkillTokens(spelling, 8);
        tokens.scan();
        String[] lower = Arrays.copyOf(tokens.lower, tokens.size);
        String[] written = new String[tokens.size];
        for (int t = 0; t < tokens.size; t++) {
            written[t] = spelling.substring(tokens.start[t], tokens.end[t]);
        }
        return new Words(lower, written);
    }

    /** Lower-cased words only: how a spelling becomes a lookup key. */
    static String[] words(String spelling) {
        return spelling(spelling).lower();
    }

    static SkillTokens of(String text) {
        // About one word per six characters in prose; grow if a text is denser.
        SkillTokens tokens = new SkillTokens(text, Math.max(16, text.length() / 5));
        tokens.scan();
        tokens.measureItems();
        tokens.markLinks();
        return tokens;
    }

    /** The token's characters exactly as written. */
    boolean writtenAs(int token, String expected) {
        int length = end[token] - start[token];
        return length == expected.length() && text.regionMatches(start[token], expected, 0, length);
    }

    private void scan() {
        String s = text;
        int n = s.length();
        int currentLine = 0;
        int currentItem = 0;
        int gapStart = 0;
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            boolean leadingDot = cp == '.' && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                    && (i == 0 || !isWordChar(s.codePointBefore(i)));
            boolean standaloneAnd = cp == '&' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))
                    && (i + 1 == n || Character.isWhitespace(s.charAt(i + 1)));
            if (!isWordChar(cp) && !leadingDot && !standaloneAnd) {
                if (cp == '\n') {
                    currentLine++;
                }
                i += Character.charCount(cp);
                continue;
            }
            int tokenStart = i;
            if (standaloneAnd) {
                i++;
            } else {
                i += leadingDot ? 1 : 0;
                i = wordEnd(s, i);
                i = suffixEnd(s, i);
            }
            GapKind gap = size == 0 ? GapKind.HARD : gapKind(s, gapStart, tokenStart);
            if (gap != GapKind.SAME_ITEM || (size > 0 && (flags[size - 1] & CONNECTOR) != 0)) {
                currentItem++;
            }
            String word = standaloneAnd ? "and" : s.substring(tokenStart, i).toLowerCase(Locale.ROOT);
            add(tokenStart, i, word, currentLine, currentItem, gap == GapKind.HARD);
            gapStart = i;
        }
    }

    private void add(int from, int to, String word, int lineNo, int itemNo, boolean hardBreak) {
        if (size == start.length) {
            int capacity = size * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            lower = Arrays.copyOf(lower, capacity);
            flags = Arrays.copyOf(flags, capacity);
            line = Arrays.copyOf(line, capacity);
            item = Arrays.copyOf(item, capacity);
        }
        int f = hardBreak ? HARD_BREAK_BEFORE : 0;
        if (size > 0 && isJoiner(text, end[size - 1], from)) {
            f |= JOINED_PREV;
            flags[size - 1] |= JOINED_NEXT;
        }
        if (word.equals("and") || word.equals("or")) {
            f |= CONNECTOR;
        }
        start[size] = from;
        end[size] = to;
        lower[size] = word;
        flags[size] = f;
        line[size] = lineNo;
        item[size] = itemNo;
        size++;
    }

    /**
     * Flags the words of every whitespace-delimited chunk that looks like a link or an e-mail
     * address ("https://...", "www.", "name@host.tld", "indeed.com/r/..."). Such chunks are rare,
     * so this scans for their markers rather than inspecting every word.
     */
    private void markLinks() {
        String s = text;
        int t = 0;
        int from = 0;
        while (true) {
            int at = nextLinkMarker(s, from);
            if (at < 0) {
                return;
            }
            int chunkStart = at;
            while (chunkStart > 0 && !Character.isWhitespace(s.charAt(chunkStart - 1))) {
                chunkStart--;
            }
            int chunkEnd = at;
            while (chunkEnd < s.length() && !Character.isWhitespace(s.charAt(chunkEnd))) {
                chunkEnd++;
            }
            while (t < size && end[t] <= chunkStart) {
                t++;
            }
            for (int k = t; k < size && start[k] < chunkEnd; k++) {
                flags[k] |= IN_LINK;
            }
            from = chunkEnd;
        }
    }

    private static final String[] LINK_MARKERS = {"://", "www.", "@", ".com/", ".in/", ".org/", ".io/", ".net/"};

    private static int nextLinkMarker(String s, int from) {
        int best = -1;
        for (String marker : LINK_MARKERS) {
            int at = s.indexOf(marker, from);
            // "@" alone is also "skills @ work"; only an address has a word on both sides.
            if (at >= 0 && marker.equals("@") && !isAddressAt(s, at)) {
                at = nextAddressAt(s, at + 1);
            }
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static int nextAddressAt(String s, int from) {
        for (int at = s.indexOf('@', from); at >= 0; at = s.indexOf('@', at + 1)) {
            if (isAddressAt(s, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isAddressAt(String s, int at) {
        return at > 0 && at + 1 < s.length() && isWordChar(s.codePointBefore(at)) && isWordChar(s.codePointAt(at + 1));
    }

    /** Counts the words of each list item; items are numbered in order, so one pass suffices. */
    private void measureItems() {
        itemSize = new int[size];
        int runStart = 0;
        for (int t = 1; t <= size; t++) {
            if (t == size || item[t] != item[runStart]) {
                int words = 0;
                for (int k = runStart; k < t; k++) {
                    words += (flags[k] & CONNECTOR) == 0 ? 1 : 0;
                }
                Arrays.fill(itemSize, runStart, t, words);
                runStart = t;
            }
        }
    }

    /** End of the letters and digits from {@code i}, continuing over an "&amp;" glued between two of them. */
    private static int wordEnd(String s, int i) {
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (cp == '&' && i + 1 < n && isWordChar(s.codePointAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    /** "C++", "C#", "Security+": keep the symbols that are part of a name. */
    private static int suffixEnd(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return i;
        }
        char c = s.charAt(i);
        if (c == '#') {
            return i + 1;
        }
        if (c == '+') {
            if (i + 1 < n && s.charAt(i + 1) == '+') {
                return i + 2;
            }
            if (i + 1 == n || !isWordChar(s.codePointAt(i + 1))) {
                return i + 1;
            }
        }
        return i;
    }

    private enum GapKind { SAME_ITEM, NEW_ITEM, HARD }

    /**
     * What lies between two words. Spaces, one line break (a wrapped line) and name-internal
     * punctuation ("/", "-", ".") keep a multi-word name together; a line break or "/" still
     * starts a new list item ("C/C++" is two items). Commas, bullets, brackets, a sentence end
     * or a blank line are hard breaks.
     */
    private static GapKind gapKind(String s, int from, int to) {
        GapKind kind = GapKind.SAME_ITEM;
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\u00A0') {
                continue;
            }
            boolean spacedAfter = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
            boolean spacedBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1));
            switch (c) {
                case '\n' -> {
                    if (++newlines > 1) {
                        return GapKind.HARD;
                    }
                    kind = GapKind.NEW_ITEM;
                }
                case '/', '\\' -> kind = GapKind.NEW_ITEM;
                case '.' -> {
                    if (spacedAfter) {
                        return GapKind.HARD; // a sentence end
                    }
                }
                case '-', '_', '\'', '\u2019', '&' -> {
                    if (spacedAfter && spacedBefore) {
                        return GapKind.HARD; // "Java - Spring": a dash used as a separator
                    }
                }
                default -> {
                    return GapKind.HARD;
                }
            }
        }
        return kind;
    }

    /** "C-level", "C.V.", "Go's": the previous word runs straight into the next one. */
    private static boolean isJoiner(String s, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = s.charAt(from);
        return c == '-' || c == '.' || c == '\'' || c == '\u2019';
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        // Combining marks belong to the letter before them (Devanagari vowel signs, accents).
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
