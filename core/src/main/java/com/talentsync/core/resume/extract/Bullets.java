package com.talentsync.core.resume.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the body of a job or project as bullet points. PDF text wraps long bullets over
 * several lines, so a line without a bullet mark that {@link #continues continues} the
 * phrase before it is joined to it; other lines are points of their own.
 */
final class Bullets {

    private static final int MAX_BULLETS = 60;

    private Bullets() {}

    static List<String> read(String[] lines, int from, int to) {
        List<String> bullets = new ArrayList<>();
        StringBuilder current = null;
        for (int i = from; i < to && bullets.size() < MAX_BULLETS; i++) {
            String line = lines[i].strip();
            if (Words.isLinkOnly(line)) {
                continue; // a page footer in the middle of a job's text
            }
            if (line.isEmpty()) {
                current = flush(bullets, current);
                continue;
            }
            if (Words.isBullet(line)) {
                current = flush(bullets, current);
                String text = Words.stripBullet(line);
                if (!text.isEmpty()) {
                    current = new StringBuilder(text);
                }
            } else if (current != null && continues(current, line)) {
                current.append(' ').append(line);
            } else {
                current = flush(bullets, current);
                current = new StringBuilder(line);
            }
        }
        flush(bullets, current);
        return List.copyOf(bullets);
    }

    private static StringBuilder flush(List<String> bullets, StringBuilder current) {
        if (current != null) {
            String text = current.toString().strip();
            // "Roles and responsibilities:" introduces the points; it is not one.
            boolean label = text.endsWith(":") && Words.wordCount(text) <= 5 || text.endsWith(": -");
            if (!text.isEmpty() && !label) {
                bullets.add(text);
            }
        }
        return null;
    }

    /**
     * Whether a line without a bullet mark is the wrapped rest of the point before: it starts
     * in lower case, or the point before stopped mid-phrase (a comma, "and", "of"...).
     */
    static boolean continues(CharSequence previous, String line) {
        if (Character.isLowerCase(line.charAt(0))) {
            return true;
        }
        char last = previous.charAt(previous.length() - 1);
        if (",;-–(&/".indexOf(last) >= 0) {
            return true;
        }
        int space = previous.toString().lastIndexOf(' ');
        String lastWord = previous.subSequence(space + 1, previous.length()).toString();
        return CONNECTORS.contains(lastWord.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> CONNECTORS = Set.of("and", "or", "of", "the", "to", "in", "for",
            "with", "a", "an", "on", "by", "from", "at", "as", "into", "using", "via");
}
