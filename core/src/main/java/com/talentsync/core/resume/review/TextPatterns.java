package com.talentsync.core.resume.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions the review runs on every line, compiled once: the review must stay
 * far below a millisecond or two per resume when a recruiter screens hundreds of them.
 */
final class TextPatterns {

    /**
     * A list marker at the start of a line: bullet glyphs, dashes, asterisks, "1." or "a)".
     * Also the private-use Wingdings/Symbol code points and the lone "o" that text extracted
     * from Word lists often carries instead of a real bullet.
     */
    static final Pattern BULLET_MARK = Pattern.compile(
            "^\\s*(?:[\\u2022\\u25CF\\u25CB\\u25E6\\u25AA\\u25AB\\u25A0\\u25A1\\u25BA\\u25B8\\u2023\\u2043\\u2219\\u00B7"
                    + "\\u27A2\\u2713\\u2714\\u2756\\uF0A7\\uF0B7\\uF0D8\\uF076\\uF0FC*\\u2013\\u2014-]+"
                    + "|\\(?[0-9]{1,2}[.)]|\\(?[a-z][.)]|o(?=\\s+\\p{Lu}))\\s+");

    /** Amounts, rates and multipliers that need a unit or symbol to read as a result. */
    private static final Pattern MEASURE = Pattern.compile(
            "\\d\\s?%|\\bper\\s?cent\\b|[$\\u20AC\\u00A3\\u20B9\\u00A5]\\s?\\d"
                    + "|\\b(?:usd|eur|gbp|inr|rs\\.?)\\s?\\d"
                    + "|\\d\\s?(?:k|m|mn|bn|million|billion|lakhs?|crores?)\\b"
                    + "|\\b\\d+(?:\\.\\d+)?x\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Spelled-out counts and changes ("tripled sign-ups", "a dozen clients"). */
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
                    + "|hundreds?|thousands?|millions?|billions?|dozens?|doubled|tripled|quadrupled|halved)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A number standing on its own, not glued to letters: "40 teams" counts, "EC2", "S3" or
     * "Python3" do not, because those are names rather than results.
     */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{N}[\\p{N},.]*(?![\\p{L}\\p{N}])");

    /**
     * First-person words. "I" only as a capital standing alone (not "I/O" or "I-9"); "me" and
     * "my" in lower case or capitalised, so an all-caps "ME" (a degree) does not count. "Mine"
     * is left out: a mining engineer's bullets mention mines.
     */
    static final Pattern FIRST_PERSON = Pattern.compile(
            "(?<![\\p{L}\\p{N}/&.'’-])I(?:['’](?:m|ve|d|ll))?(?![\\p{L}\\p{N}/&'’-])"
                    + "|\\b(?:[Mm]e|[Mm]y|[Mm]yself)\\b");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.+#/&-]*");

    private TextPatterns() {}

    /** Text without its leading list marker and surrounding space. */
    static String withoutMarker(String line) {
        return BULLET_MARK.matcher(line).replaceFirst("").strip();
    }

    static boolean hasMarker(String line) {
        return BULLET_MARK.matcher(line).find();
    }

    /** Words as people count them: runs of letters or digits; lone symbols and markers are not words. */
    static int wordCount(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * True when the text states a quantity: a percentage, an amount of money, a multiplier,
     * a spelled-out count, or a bare number that is not a year (years date the work, they do
     * not measure it). A version such as "Java 17" still counts: telling it from "17 teams"
     * needs more than a pattern, and over-counting only spares a hint, it never invents one.
     */
    static boolean hasNumber(String text) {
        if (MEASURE.matcher(text).find() || NUMBER_WORD.matcher(text).find()) {
            return true;
        }
        Matcher number = BARE_NUMBER.matcher(text);
        while (number.find()) {
            if (!isYear(number.group())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(String token) {
        if (token.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        int value = Integer.parseInt(token);
        return value >= 1950 && value <= 2049;
    }
}
