package com.talentsync.core.resume.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds dates and date ranges as resumes write them: "03/2019", "2019-03", "Mar 2019",
 * "March 2019", "Mar '19", "Jan 25, 2017", "Spring 2020", "2017-2019", "2014-15",
 * "Jan - Dec 2019", "since 2019", with -, –, —, "to", "till", "until" between the ends and
 * "present", "current", "now", "till date", "to date" as an open end.
 *
 * <p>Year-only ends are read sensibly: a start year means January, an end year December
 * (but never after today). Two-digit years after a month name ("Mar '19") are read as 20xx
 * unless that would be more than five years ahead of today.
 *
 * <p>One precompiled pattern does the work. It has no nested repetition, so matching is
 * linear in the line length; lines without a digit are skipped before it runs.
 */
final class DateRangeParser {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> SEASONS = new HashMap<>();
    private static final Pattern PATTERN;

    static {
        List<String> presentWords = new ArrayList<>();
        for (Lexicon.Entry entry : Lexicon.load("months.txt")) {
            String key = entry.key();
            for (String value : entry.values()) {
                String word = value.toLowerCase(Locale.ROOT);
                if (key.equals("present")) {
                    presentWords.add(word);
                } else if (key.startsWith("season")) {
                    SEASONS.put(word, Integer.parseInt(key.substring("season".length()).strip()));
                } else {
                    MONTHS.put(word, Integer.parseInt(key));
                }
            }
        }
        String month = alternation(MONTHS.keySet().stream().toList());
        String season = alternation(SEASONS.keySet().stream().toList());
        String present = alternation(presentWords);
        String sep = "(?<sep>-{1,2}|–|—|~|\\||(?:to|till|until|through|thru|upto|bis|au|à|a|al|hasta|até|tot)(?![\\p{L}]))";
        String since = "(?<since>(?:since|from|seit|depuis|desde|dal|vanaf|ab)\\s+)";
        String monthOnlyStart = "(?<sMo>" + month + ")\\.?(?=\\s*(?:-|–|—|to)\\s*(?:" + month + ")\\.?\\s*['’]?\\d{4})";
        String regex = "(?<![\\p{L}\\p{N}])" + since + "?(?:" + date("s", month, season) + "|" + monthOnlyStart + ")"
                + "(?:\\s*" + sep + "?\\s*(?:(?<present>" + present + ")(?![\\p{L}])|" + date("e", month, season)
                + "|(?<eShort>\\d{2})(?!\\d)))?";
        // Lines are lower-cased before matching (see lowerCase), which is much faster than a
        // case-insensitive pattern with this many alternatives.
        PATTERN = Pattern.compile(regex);
    }

    /** One date; group names carry the prefix because Java forbids duplicate group names. */
    private static String date(String p, String month, String season) {
        String year4 = "(?:19|20)\\d{2}";
        return "(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?<" + p + "Mon>" + month + ")\\.?"
                + "(?:\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?=" + year4 + "))?\\s*,?\\s*['’‘`]?(?<" + p + "Yy>"
                + year4 + "|\\d{2})(?!\\d)"
                + "|(?<" + p + "Nm>1[0-2]|0?[1-9])\\s?[/.\\-]\\s?(?<" + p + "Ny>" + year4 + ")(?!\\d)"
                + "|(?<" + p + "Iy>" + year4 + ")[/.\\-](?<" + p + "Im>1[0-2]|0?[1-9])(?![\\d/])"
                + "|(?<" + p + "Sn>" + season + ")\\s*['’]?(?<" + p + "Sy>" + year4 + ")(?!\\d)"
                + "|(?<" + p + "Y>" + year4 + ")(?!\\d))";
    }

    /** Longest first, so that "sept" wins over "sep" and "till date" over "date". */
    private static String alternation(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(word -> Pattern.quote(word).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Every date or range in the line, left to right. */
    List<DateSpan> findAll(String line, YearMonth today) {
        List<DateSpan> spans = new ArrayList<>(2);
        if (!mayHoldDate(line)) {
            return spans;
        }
        String lower = lowerCase(line);
        // Try the pattern only where a word or number starts: a date cannot start mid-word, and
        // this spares the long list of month names at every other position.
        Matcher m = PATTERN.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        while (i < lower.length()) {
            boolean wordStart = Character.isLetterOrDigit(lower.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)));
            if (wordStart && m.region(i, lower.length()).lookingAt()) {
                toSpan(m, today).ifPresent(spans::add);
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return spans;
    }

    /**
     * Every date this parser reads has a year of four digits (19xx, 20xx) or two digits after a
     * month ("Mar '19"); a line with neither is skipped without running the pattern.
     */
    private static boolean mayHoldDate(String line) {
        boolean twoDigits = false;
        int i = 0;
        while (i < line.length()) {
            if (!Character.isDigit(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && Character.isDigit(line.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length == 4 && (line.startsWith("19", start) || line.startsWith("20", start))) {
                return true;
            }
            twoDigits |= length == 2;
        }
        return twoDigits;
    }

    /** Lower case char by char, so that every index still points at the same character. */
    private static String lowerCase(String line) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** The first range ("A - B", "A - present", "since A") in the line, if any. */
    Optional<DateSpan> firstRange(String line, YearMonth today) {
        for (DateSpan span : findAll(line, today)) {
            if (span.range()) {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }

    private static Optional<DateSpan> toSpan(Matcher m, YearMonth today) {
        YearMonth end = point(m, "e", false, today);
        YearMonth start = m.group("sMo") != null && end != null
                ? YearMonth.of(end.getYear(), MONTHS.get(monthKey(m.group("sMo"))))
                : point(m, "s", true, today);
        if (start == null) {
            return Optional.empty();
        }
        boolean explicitSep = m.group("sep") != null;
        if (end == null && m.group("eShort") != null && explicitSep && m.group("sY") != null) {
            // "2014-15": an academic year written with the century once.
            int shortYear = Integer.parseInt(m.group("eShort"));
            int candidate = start.getYear() / 100 * 100 + shortYear;
            end = candidate > start.getYear() && candidate - start.getYear() <= 10 ? capped(YearMonth.of(candidate, 12), today) : null;
        }
        boolean current = m.group("present") != null && explicitSep;
        int to = current || end != null ? m.end() : endOfStart(m);
        if (end != null && end.isBefore(start)) {
            end = null; // "2019 - 2017" is two separate dates, not a range
            to = endOfStart(m);
        }
        boolean range = current || end != null || m.group("since") != null;
        // "since 2019" is a range that runs until today.
        boolean open = current || (end == null && m.group("since") != null);
        boolean monthKnown = m.group("sY") == null;
        return Optional.of(new DateSpan(start, Optional.ofNullable(end), open, range, monthKnown, m.start(), to));
    }

    /** Where the first date ends, for matches whose second half was not a usable end. */
    private static int endOfStart(Matcher m) {
        int end = -1;
        for (String group : new String[] {"sYy", "sNy", "sIm", "sSy", "sY"}) {
            if (m.group(group) != null) {
                end = Math.max(end, m.end(group));
            }
        }
        return end < 0 ? m.end() : end;
    }

    private static YearMonth point(Matcher m, String p, boolean isStart, YearMonth today) {
        try {
            if (m.group(p + "Mon") != null) {
                Integer month = MONTHS.get(monthKey(m.group(p + "Mon")));
                return month == null ? null : YearMonth.of(year(m.group(p + "Yy"), today), month);
            }
            if (m.group(p + "Nm") != null) {
                return YearMonth.of(Integer.parseInt(m.group(p + "Ny")), Integer.parseInt(m.group(p + "Nm")));
            }
            if (m.group(p + "Iy") != null) {
                return YearMonth.of(Integer.parseInt(m.group(p + "Iy")), Integer.parseInt(m.group(p + "Im")));
            }
            if (m.group(p + "Sn") != null) {
                Integer month = SEASONS.get(m.group(p + "Sn").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                return month == null ? null : YearMonth.of(Integer.parseInt(m.group(p + "Sy")), month);
            }
            if (m.group(p + "Y") != null) {
                int year = Integer.parseInt(m.group(p + "Y"));
                return isStart ? YearMonth.of(year, 1) : capped(YearMonth.of(year, 12), today);
            }
        } catch (RuntimeException outOfRange) {
            // A month or year the calendar rejects is not a date; the caller skips it.
        }
        return null;
    }

    private static String monthKey(String written) {
        return written.toLowerCase(Locale.ROOT);
    }

    private static int year(String digits, YearMonth today) {
        int value = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return value;
        }
        int pivot = today.getYear() % 100 + 5;
        return value <= pivot ? 2000 + value : 1900 + value;
    }

    /** A year-only end means December, but not a December that has not come yet. */
    private static YearMonth capped(YearMonth end, YearMonth today) {
        return end.isAfter(today) && end.getYear() == today.getYear() ? today : end;
    }
}
