package com.talentsync.core.match.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Tidies job ad text from any source into the shape the job description parser reads best. */
final class AdText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}&&[^\\n]]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF\\u00AD]");

    private AdText() {}

    /**
     * One space between words, no spaces at line ends, at most one blank line in a row, no
     * blank lines at either end, bare list markers dropped.
     */
    static String tidy(String raw) {
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        unified = INVISIBLE.matcher(unified).replaceAll("");
        List<String> lines = new ArrayList<>();
        boolean blank = false;
        for (String line : unified.split("\n", -1)) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            if (clean.equals("-") || clean.equals("•")) {
                continue;
            }
            if (clean.isEmpty()) {
                blank = !lines.isEmpty();
                continue;
            }
            if (blank) {
                lines.add("");
                blank = false;
            }
            lines.add(clean);
        }
        return String.join("\n", lines);
    }
}
