package com.talentsync.core.resume.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads degrees from an education section (or, when a resume has none, from lines elsewhere
 * that name a degree unambiguously). Each line with a degree starts an entry; the entry's
 * school, year and grade are looked for on that line first, then on the lines that belong to
 * it: the lines after it, or, in resumes that put the school above the degree, the line above.
 */
final class EducationParser {

    /** A degree inside a longer line keeps only its own clause (one-line resumes). */
    private static final int LONG_LINE_WORDS = 15;
    private static final int MAX_ENTRY_LINES = 6;

    private static final Pattern GRADE = Pattern.compile(
            "(?:\\b(?:c\\.?g\\.?p\\.?a|s\\.?g\\.?p\\.?a|g\\.?p\\.?a|cpi|ogpa)\\.?\\s*(?:of|:|-|=)?\\s*\\d{1,2}(?:[.,]\\d{1,2})?"
                    + "(?:\\s*(?:/|out\\s+of)\\s*\\d{1,2}(?:\\.\\d{1,2})?)?"
                    + "|\\b\\d{1,2}(?:\\.\\d{1,2})?(?:\\s*/\\s*\\d{1,2}(?:\\.\\d{1,2})?)?\\s*(?:c\\.?g\\.?p\\.?a|gpa|cpi)\\b"
                    + "|\\b(?:percentage|aggregate|marks|score)\\s*(?:of|:|-)?\\s*\\d{2}(?:\\.\\d{1,2})?\\s*%?"
                    + "|\\b\\d{2}(?:\\.\\d{1,2})?\\s*%"
                    + "|\\b(?:first|upper\\s+second|lower\\s+second|2:1|2:2)(?:[\\s-]+class)?\\s+honou?rs"
                    + "|\\bfirst\\s+class(?:\\s+with\\s+distinction)?|\\bsecond\\s+class|\\bdistinction\\b"
                    + "|\\b(?:summa|magna)?\\s*cum\\s+laude|\\bwith\\s+honou?rs"
                    + "|\\b(?:note|grade)\\s*:?\\s*[1-6][.,]\\d\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final DegreeMatcher degrees;
    private final DateRangeParser dates;
    private final Words.PhraseSet institutionWords;

    EducationParser(DegreeMatcher degrees, DateRangeParser dates, Words.PhraseSet institutionWords) {
        this.degrees = degrees;
        this.dates = dates;
        this.institutionWords = institutionWords;
    }

    /** @param inSection true inside an education section; false for the whole-resume fallback */
    List<EducationEntry> parse(String[] lines, int from, int to, YearMonth today, boolean inSection) {
        List<Integer> anchors = new ArrayList<>();
        List<DegreeMatcher.Match> matches = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Optional<DegreeMatcher.Match> match = degrees.find(lines[i], inSection);
            if (match.isPresent() && (inSection || Words.wordCount(lines[i]) <= 40)) {
                anchors.add(i);
                matches.add(match.get());
            }
        }
        boolean[] used = new boolean[to - from];
        boolean schoolAbove = !anchors.isEmpty() && schoolAboveDegree(lines, from, to, anchors);
        List<EducationEntry> entries = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            int anchor = anchors.get(k);
            int next = k + 1 < anchors.size() ? anchors.get(k + 1) : to;
            String own = ownText(lines[anchor], matches.get(k));
            List<Integer> region = new ArrayList<>();
            if (schoolAbove) {
                int above = previousNonBlank(lines, k == 0 ? from : anchors.get(k - 1) + 1, anchor);
                if (above >= 0 && hasInstitution(lines[above])) {
                    region.add(above);
                }
            }
            if (!inSection || Words.wordCount(lines[anchor]) > LONG_LINE_WORDS) {
                next = anchor + 1; // a degree found in running text brings no lines of its own
            }
            boolean hasSchool = !region.isEmpty() || institution(own, matches.get(k).text()).isPresent();
            for (int i = anchor + 1; i < next && region.size() < MAX_ENTRY_LINES; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                if (hasInstitution(lines[i])) {
                    // A second school belongs to the next degree, or to none (listed on its own).
                    if (hasSchool) {
                        break;
                    }
                    hasSchool = true;
                }
                region.add(i);
            }
            used[anchor - from] = true;
            region.forEach(i -> used[i - from] = true);
            entries.add(entry(matches.get(k), own, region, lines, today, anchor));
        }
        if (inSection) {
            addSchoolsWithoutDegree(lines, from, to, used, today, entries);
        }
        return entries;
    }

    private EducationEntry entry(DegreeMatcher.Match match, String own, List<Integer> region, String[] lines,
            YearMonth today, int line) {
        Optional<String> institution = institution(own, match.text());
        Optional<Integer> year = year(own, today);
        Optional<String> grade = grade(own);
        for (int i : region) {
            institution = institution.or(() -> institution(lines[i], match.text()));
            year = year.isPresent() ? year : year(lines[i], today);
            grade = grade.or(() -> grade(lines[i]));
        }
        return new EducationEntry(match.text(), field(own, match), institution, year, grade, line);
    }

    /** School lines that no degree claimed ("Kendriya Vidyalaya" under a bare "10th" elsewhere). */
    private void addSchoolsWithoutDegree(String[] lines, int from, int to, boolean[] used, YearMonth today,
            List<EducationEntry> entries) {
        for (int i = from; i < to; i++) {
            if (used[i - from] || lines[i].isBlank() || Words.wordCount(lines[i]) > 12) {
                continue;
            }
            Optional<String> institution = institution(lines[i], "");
            if (institution.isPresent()) {
                int next = nextNonBlank(lines, i + 1, Math.min(to, i + 3));
                Optional<Integer> year = year(lines[i], today);
                if (year.isEmpty() && next >= 0 && !used[next - from]) {
                    year = year(lines[next], today);
                }
                entries.add(new EducationEntry("", Optional.empty(), institution, year, grade(lines[i]), i));
            }
        }
    }

    /** The degree's line, or in a long line just the clause around the degree. */
    private static String ownText(String line, DegreeMatcher.Match match) {
        if (Words.wordCount(line) <= LONG_LINE_WORDS) {
            return line;
        }
        int start = match.from();
        while (start > 0 && !isClauseEnd(line, start - 1)) {
            start--;
        }
        int end = match.to();
        while (end < line.length() && !isClauseEnd(line, end)) {
            end++;
        }
        return line.substring(start, end);
    }

    private static boolean isClauseEnd(String line, int i) {
        char c = line.charAt(i);
        return c == '|' || c == ';' || c == '•' || c == '—'
                || (c == '.' && i + 1 < line.length() && line.charAt(i + 1) == ' ' && i > 0
                        && (Character.isDigit(line.charAt(i - 1)) || Character.isLowerCase(line.charAt(i - 1))
                                && i > 1 && Character.isLowerCase(line.charAt(i - 2))));
    }

    /**
     * "Stanford University" over "M.S. Computer Science": the school comes first in this
     * resume when a school stands right above the first degree, that degree names none, and
     * the line after it is not that degree's school (or is the next degree's, right above it).
     */
    private boolean schoolAboveDegree(String[] lines, int from, int to, List<Integer> anchors) {
        int first = anchors.getFirst();
        int above = previousNonBlank(lines, from, first);
        if (above < 0 || !hasInstitution(lines[above]) || institution(lines[first], "").isPresent()) {
            return false;
        }
        int below = nextNonBlank(lines, first + 1, to);
        return below < 0 || !hasInstitution(lines[below]) || anchors.contains(nextNonBlank(lines, below + 1, to));
    }

    private boolean hasInstitution(String line) {
        return Words.wordCount(line) <= 15 && institutionWords.count(Words.tokens(line)) > 0;
    }

    /**
     * The piece of the line that names a school: split at separators, commas, "from" and "at",
     * dates and the degree itself removed.
     */
    Optional<String> institution(String line, String degree) {
        String text = withoutDates(line);
        if (!degree.isEmpty()) {
            text = text.replace(degree, " | ");
        }
        for (String piece : Words.pieces(text)) {
            for (String part : piece.split("[,()]")) {
                String candidate = afterConnector(Words.trimSeparators(part));
                if (!candidate.isEmpty() && Words.wordCount(candidate) <= 12 && hasSchoolWord(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "in CS from IIT Delhi" -> "IIT Delhi"; "MS at Stanford University" -> "Stanford
     * University"; but "University of Texas at Austin" stays whole.
     */
    private String afterConnector(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        for (String connector : new String[] {"from ", "at "}) {
            if (lower.startsWith(connector)) {
                return part.substring(connector.length()).strip();
            }
            int at = lower.indexOf(" " + connector);
            if (at > 0) {
                String left = part.substring(0, at);
                String right = part.substring(at + connector.length() + 1).strip();
                if (hasSchoolWord(right) && (!hasSchoolWord(left) || connector.equals("from "))) {
                    return right;
                }
            }
        }
        return part;
    }

    /**
     * Names a school: a school word plus a word of the school's own name, so that table
     * headings such as "University / Board" or "Name of School" are not taken for one.
     */
    private boolean hasSchoolWord(String text) {
        List<String> tokens = Words.tokens(text);
        if (institutionWords.count(tokens) == 0) {
            return false;
        }
        for (String token : tokens) {
            if (!GENERIC_SCHOOL_WORDS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> GENERIC_SCHOOL_WORDS = Set.of("of", "the", "and", "or", "in", "for",
            "board", "university", "universities", "univ", "college", "school", "institute", "institution", "academy",
            "polytechnic", "faculty", "campus", "name", "details", "year", "marks", "u");

    private String withoutDates(String line) {
        // Only the positions matter here, so any "today" will do.
        List<DateSpan> spans = dates.findAll(line, YearMonth.of(2100, 1));
        if (spans.isEmpty()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line);
        for (DateSpan span : spans.reversed()) {
            out.replace(span.from(), Math.min(span.to(), out.length()), " | ");
        }
        return out.toString();
    }

    /** The year the degree ended (or will end): the end of the last range or date in the text. */
    private Optional<Integer> year(String text, YearMonth today) {
        List<DateSpan> spans = dates.findAll(text, today);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        DateSpan last = spans.getLast();
        if (last.current()) {
            return Optional.empty();
        }
        int year = last.end().orElse(last.start()).getYear();
        return year <= today.getYear() + 6 ? Optional.of(year) : Optional.empty();
    }

    private static Optional<String> grade(String text) {
        Matcher m = GRADE.matcher(text);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    /**
     * The subject after the degree: "B.Tech in Computer Science", "BSc (Physics)", "MBA -
     * Finance", "B.E Mechanical Engineering, XYZ College". Stops at the school, a date or a grade.
     */
    private Optional<String> field(String own, DegreeMatcher.Match match) {
        int at = own.indexOf(match.text());
        String rest = at >= 0 ? own.substring(at + match.text().length()) : "";
        rest = rest.strip();
        if (rest.startsWith("(")) {
            int close = rest.indexOf(')');
            rest = close > 0 ? rest.substring(1, close) : rest.substring(1);
        }
        rest = stripLeadingConnector(rest);
        int end = rest.length();
        for (String stop : new String[] {",", "|", " - ", "–", "—", " from ", " From ", " at ", " At ", "(", ";", " with "}) {
            int index = rest.indexOf(stop);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        for (int i = 0; i < end; i++) {
            if (Character.isDigit(rest.charAt(i))) {
                end = i;
                break;
            }
        }
        String field = Words.trimSeparators(rest.substring(0, end));
        if (field.isEmpty() || Words.wordCount(field) > 8 || institutionWords.count(Words.tokens(field)) > 0
                || GRADE.matcher(field).find()) {
            return Optional.empty();
        }
        return Optional.of(field);
    }

    private static String stripLeadingConnector(String text) {
        String rest = Words.trimSeparators(text);
        for (String connector : new String[] {"in ", "of ", "In ", "Of ", "majoring in ", "major in ",
                "specialization in ", "specialisation in ", "with specialization in "}) {
            if (rest.startsWith(connector)) {
                return rest.substring(connector.length()).strip();
            }
        }
        return rest;
    }

    private static int previousNonBlank(String[] lines, int from, int before) {
        for (int i = before - 1; i >= from; i--) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int nextNonBlank(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
