package com.talentsync.core.resume.hidden;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Takes hidden runs out of text that another extractor (Tika) produced from the same file.
 *
 * <p>The two extractions agree on the characters but not on whitespace or, always, on the order
 * of blocks (headers, text boxes), so runs are found in the {@link Skeleton} of the text by their
 * own characters plus the characters the file holds around them: first with wide context on both
 * sides, then narrower, then one side only. Each run is removed once, at the place whose
 * surroundings match, so a word that is hidden in one place and shown in another keeps its shown
 * copy. Only when no context matches is a run looked for alone, and then it is removed only if
 * the text holds more copies of it (as whole words) than the visible text does.
 */
public final class HiddenTextRemover {

    /** Context lengths (skeleton characters before, after) tried in turn; the last has none. */
    private static final int[][] ATTEMPTS = {{40, 40}, {12, 12}, {40, 0}, {0, 40}, {12, 0}, {0, 12}, {0, 0}};

    private HiddenTextRemover() {}

    /**
     * @param text    the normalised extracted text
     * @param located how many of the runs were found and taken out
     */
    public record Removal(String text, int located) {}

    public static Removal remove(String text, HiddenText hidden) {
        if (hidden.isEmpty() || text.isEmpty()) {
            return new Removal(text, 0);
        }
        Skeleton skeleton = Skeleton.of(text);
        Skeleton visible = null;
        TreeMap<Integer, Integer> removed = new TreeMap<>();
        Map<String, Integer> removedAlone = new HashMap<>();
        int cursor = 0;
        int located = 0;
        for (HiddenRun run : hidden.runs()) {
            String body = Skeleton.bare(run.text());
            if (body.isEmpty()) {
                continue;
            }
            String before = Skeleton.bare(run.before());
            String after = Skeleton.bare(run.after());
            int at = -1;
            for (int[] attempt : ATTEMPTS) {
                String left = tail(before, attempt[0]);
                String right = head(after, attempt[1]);
                if (attempt[0] > 0 && left.isEmpty() || attempt[1] > 0 && right.isEmpty()) {
                    continue; // same as a shorter attempt; skip the repeat
                }
                if (left.isEmpty() && right.isEmpty()) {
                    if (visible == null) {
                        visible = Skeleton.of(hidden.visibleText());
                    }
                    at = findAlone(skeleton, visible, body, cursor, removed, removedAlone);
                } else {
                    at = findInContext(skeleton, left, body, right, cursor, removed);
                }
                if (at >= 0) {
                    break;
                }
            }
            if (at >= 0) {
                removed.put(at, at + body.length());
                cursor = at + body.length();
                located++;
            }
        }
        return new Removal(cut(text, skeleton, removed), located);
    }

    private static int findInContext(Skeleton skeleton, String left, String body, String right, int cursor,
            TreeMap<Integer, Integer> removed) {
        String pattern = left + body + right;
        int found = search(skeleton, pattern, left.length(), body.length(), Math.max(0, cursor - left.length()),
                removed, false);
        return found >= 0 ? found : search(skeleton, pattern, left.length(), body.length(), 0, removed, false);
    }

    private static int findAlone(Skeleton skeleton, Skeleton visible, String body, int cursor,
            TreeMap<Integer, Integer> removed, Map<String, Integer> removedAlone) {
        int spare = skeleton.countWords(body) - visible.countWords(body) - removedAlone.getOrDefault(body, 0)
                - removedInContext(skeleton, body, removed);
        if (spare <= 0) {
            return -1;
        }
        int found = search(skeleton, body, 0, body.length(), cursor, removed, true);
        if (found < 0) {
            found = search(skeleton, body, 0, body.length(), 0, removed, true);
        }
        if (found >= 0) {
            removedAlone.merge(body, 1, Integer::sum);
        }
        return found;
    }

    /** Copies of {@code body} already cut out with context: they no longer count as spare. */
    private static int removedInContext(Skeleton skeleton, String body, TreeMap<Integer, Integer> removed) {
        int count = 0;
        for (Map.Entry<Integer, Integer> range : removed.entrySet()) {
            int length = range.getValue() - range.getKey();
            if (length == body.length() && skeleton.text.startsWith(body, range.getKey())) {
                count++;
            }
        }
        return count;
    }

    /** First match at or after {@code from} whose body neither overlaps a removed range nor (alone) splits a word. */
    private static int search(Skeleton skeleton, String pattern, int offset, int length, int from,
            TreeMap<Integer, Integer> removed, boolean wholeWords) {
        int start = from;
        while (start <= skeleton.length() - pattern.length()) {
            int at = skeleton.text.indexOf(pattern, start);
            if (at < 0) {
                return -1;
            }
            int bodyStart = at + offset;
            int bodyEnd = bodyStart + length;
            if (!overlaps(removed, bodyStart, bodyEnd) && (!wholeWords || skeleton.onWordEdges(bodyStart, bodyEnd))) {
                return bodyStart;
            }
            start = at + 1;
        }
        return -1;
    }

    private static boolean overlaps(TreeMap<Integer, Integer> removed, int start, int end) {
        Map.Entry<Integer, Integer> before = removed.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return true;
        }
        Integer next = removed.ceilingKey(start);
        return next != null && next < end;
    }

    /** The text without the removed ranges; a space stands where a cut would glue two words. */
    private static String cut(String text, Skeleton skeleton, TreeMap<Integer, Integer> removed) {
        List<int[]> ranges = new ArrayList<>();
        for (Map.Entry<Integer, Integer> range : removed.entrySet()) {
            ranges.add(new int[] {skeleton.originOf(range.getKey()), skeleton.originEndOf(range.getValue() - 1)});
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int[] range : ranges) {
            out.append(text, copied, range[0]);
            boolean glued = range[0] > 0 && range[1] < text.length()
                    && !Character.isWhitespace(text.charAt(range[0] - 1)) && !Character.isWhitespace(text.charAt(range[1]));
            if (glued) {
                out.append(' ');
            }
            copied = range[1];
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    private static String tail(String text, int chars) {
        return text.length() <= chars ? text : text.substring(text.length() - chars);
    }

    private static String head(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, chars);
    }
}
