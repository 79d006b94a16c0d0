package com.talentsync.core.match;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the minimum years of experience one clause asks for: "5+ years", "at least 3 years",
 * "3-5 years" (3), "minimum of two years" (2).
 *
 * <p>A bare "N years" counts only when the clause is about experience, so that "founded 20
 * years ago" or "a 2 year contract" asks for nothing. Numbers above {@link #MAX_YEARS} are
 * ignored: no ad asks for them, and they are how "rate this 100" style text would get in.
 */
final class YearsPhrases {

    static final int MAX_YEARS = 30;

    private static final List<String> NUMBER_WORDS =
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(" + String.join("|", NUMBER_WORDS) + ")\\b");

    private static final String YEARS = "(?:years?|yrs?)\\b";
    /** "3-5 years", "3 to 5 years", "3 – 5+ yrs". */
    private static final Pattern RANGE = Pattern.compile("\\b(\\d{1,2})\\s*\\+?\\s*(?:-|–|—|to)\\s*\\d{1,2}\\s*\\+?\\s*" + YEARS);
    /** "5+ years", "5 or more years", "at least 3 years", "minimum of 2 years", "min. 4 yrs". */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?:\\b(?:at least|minimum(?: of)?|min\\.?|no less than|over|more than)\\s*(\\d{1,2})\\s*(?:\\(\\d{1,2}\\)\\s*)?\\+?\\s*" + YEARS + ")"
                    + "|(?:\\b(\\d{1,2})\\s*\\+\\s*" + YEARS + ")"
                    + "|(?:\\b(\\d{1,2})\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:or more|plus)\\s+" + YEARS + ")");
    /** "4 years of experience", "two (2) years' experience". */
    private static final Pattern BARE = Pattern.compile("\\b(\\d{1,2})\\s*(?:\\(\\d{1,2}\\)\\s*)?" + YEARS + "(?!\\s+(?:ago|old))");
    private static final Pattern ABOUT_EXPERIENCE = Pattern.compile("\\b(?:experience|exp|background|track record)\\b");

    private YearsPhrases() {}

    /** The smallest number of years the clause asks for, if it asks for any. */
    static OptionalInt minimum(String clause) {
        String text = numbersAsDigits(clause.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        int best = Integer.MAX_VALUE;
        best = Math.min(best, smallest(RANGE.matcher(text)));
        best = Math.min(best, smallest(QUALIFIED.matcher(text)));
        if (best == Integer.MAX_VALUE && ABOUT_EXPERIENCE.matcher(text).find()) {
            best = smallest(BARE.matcher(text));
        }
        return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static int smallest(Matcher m) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    int n = Integer.parseInt(m.group(g));
                    if (n <= MAX_YEARS) {
                        best = Math.min(best, n);
                    }
                }
            }
        }
        return best;
    }

    private static String numbersAsDigits(String text) {
        Matcher m = NUMBER_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(NUMBER_WORDS.indexOf(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
