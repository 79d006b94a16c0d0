package com.talentsync.core.resume.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises how dates are written on a line, by family: "03/2019", "2019-03", "Mar 2019" or
 * a bare "2019". Mixing families reads as careless and can trip parsers that learn one format
 * per document. "Mar 2019" and "March 2019" are one family on purpose: "May", "June" and
 * "July" are both short and long, so telling them apart would flag resumes that are consistent.
 */
final class DateFormats {

    enum Family {
        NUMERIC("03/2019"),
        YEAR_FIRST("2019-03"),
        MONTH_NAME("Mar 2019"),
        YEAR_ONLY("2019");

        private final String example;

        Family(String example) {
            this.example = example;
        }

        String example() {
            return example;
        }
    }

    /** One date as written, with its family. */
    record DateToken(Family family, String text) {}

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /** "Mar 2019", "March, 2019", "Mar. 2019", "Mar-2019", "Mar '19". */
    private static final Pattern MONTH_NAME = Pattern.compile(
            "\\b" + MONTH + "\\.?(?:,?\\s*|\\s*-\\s*)(?:(?:19|20)\\d{2}\\b|['’]\\d{2}\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "03/2019", "3/2019", "03.2019", "03-2019". */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(?:0?[1-9]|1[0-2])[/.-](?:19|20)\\d{2}(?![\\d/.-])");
    /** "2019-03", "2019/03"; a two-digit month only, so "2019-2021" stays a range of years. */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d/.-])(?:19|20)\\d{2}[-/](?:0[1-9]|1[0-2])(?![\\d/.-])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    private DateFormats() {}

    /** The dates on one line, in the order the families are checked (not line order). */
    static List<DateToken> find(String line) {
        List<DateToken> tokens = new ArrayList<>();
        // Each family's matches are blanked out before the next looks, so the year inside
        // "Mar 2019" is not counted again as a bare year.
        StringBuilder rest = new StringBuilder(line);
        collect(MONTH_NAME, Family.MONTH_NAME, rest, tokens);
        collect(YEAR_FIRST, Family.YEAR_FIRST, rest, tokens);
        collect(NUMERIC, Family.NUMERIC, rest, tokens);
        collect(YEAR, Family.YEAR_ONLY, rest, tokens);
        return tokens;
    }

    private static void collect(Pattern pattern, Family family, StringBuilder text, List<DateToken> tokens) {
        Matcher matcher = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            tokens.add(new DateToken(family, matcher.group()));
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
    }
}
