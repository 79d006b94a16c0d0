package com.talentsync.core.resume.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads jobs from the lines of an experience section. Each date range on a line of its own
 * (or on a short header line) anchors one job; the job's header is the rest of that line plus
 * the short lines just above it (or, when those are missing, just below), which
 * {@link JobHeader} splits into title, employer and place. Everything after the header up to
 * the next job is its body, read as bullet points.
 *
 * <p>Jobs written without dates (a title line, then an employer line, then text) are picked
 * up too, with empty dates and zero months.
 */
final class ExperienceParser {

    /** Header lines are short; longer lines are sentences of a job's description. */
    private static final int MAX_HEADER_WORDS = 10;
    /** A date inside a longer line still anchors a job when its clause is this short. */
    private static final int MAX_CLAUSE_WORDS = 12;

    private record Anchor(int line, DateSpan span, String rest) {}

    private final DateRangeParser dates;
    private final JobHeader header;
    private final DegreeMatcher degrees;
    private final Words.PhraseSet titleWords;

    ExperienceParser(DateRangeParser dates, JobHeader header, DegreeMatcher degrees, Words.PhraseSet titleWords) {
        this.dates = dates;
        this.header = header;
        this.degrees = degrees;
        this.titleWords = titleWords;
    }

    /**
     * @param lines    the resume's lines with headings blanked out
     * @param from     first line of the section's content
     * @param to       end of the section (exclusive)
     * @param fallback true when the resume has no experience heading and this is other text:
     *                 then lines naming a degree are education, not jobs, and dateless jobs
     *                 are not guessed
     */
    List<ExperienceEntry> parse(String[] lines, int from, int to, YearMonth today, boolean fallback) {
        List<Anchor> anchors = anchors(lines, from, to, today, fallback);
        List<ExperienceEntry> jobs = new ArrayList<>();
        int cursor = from; // lines before the cursor belong to jobs already read
        for (int k = 0; k < anchors.size(); k++) {
            Anchor anchor = anchors.get(k);
            List<String> headerLines = new ArrayList<>();
            int need = Math.max(0, 2 - Words.pieces(anchor.rest()).size());
            int first = anchor.line();
            for (int j = anchor.line() - 1; j >= cursor && need > 0; j--) {
                if (lines[j].isBlank()) {
                    continue;
                }
                if (!isHeaderLine(lines[j])) {
                    break;
                }
                headerLines.addFirst(lines[j]);
                first = j;
                need--;
            }
            if (!fallback) {
                jobs.addAll(dateless(lines, cursor, first));
            }
            headerLines.add(anchor.rest());
            int nextAnchor = k + 1 < anchors.size() ? anchors.get(k + 1).line() : to;
            int last = anchor.line();
            for (int j = anchor.line() + 1; j < nextAnchor && need > 0 && j - anchor.line() <= 2; j++) {
                if (lines[j].isBlank()) {
                    continue;
                }
                if (!isHeaderLine(lines[j]) || Words.wordCount(lines[j]) > 6) {
                    break;
                }
                headerLines.add(lines[j]);
                last = j;
                need--;
            }
            int bodyEnd = k + 1 < anchors.size() ? headerStart(lines, anchors.get(k + 1), last + 1) : to;
            JobHeader.Parts parts = header.resolve(headerLines);
            DateSpan span = anchor.span();
            jobs.add(new ExperienceEntry(parts.title(), parts.company(), parts.location(), Optional.of(span.start()),
                    span.current() ? Optional.empty() : Optional.of(span.effectiveEnd(today)), span.current(), span.months(today),
                    Bullets.read(lines, last + 1, bodyEnd), first));
            cursor = Math.max(bodyEnd, last + 1);
        }
        if (!fallback) {
            jobs.addAll(dateless(lines, cursor, to));
        }
        return jobs;
    }

    private List<Anchor> anchors(String[] lines, int from, int to, YearMonth today, boolean fallback) {
        List<Anchor> anchors = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.isBlank() || !Words.hasDigit(line) || Words.isBullet(line)) {
                continue;
            }
            Optional<DateSpan> span = dates.firstRange(line, today);
            if (span.isEmpty() && !fallback && Words.wordCount(line) <= MAX_HEADER_WORDS) {
                // "Data Engineering Intern   Summer 2016": a single month on a header line.
                span = dates.findAll(line, today).stream().filter(DateSpan::monthKnown).findFirst();
            }
            if (span.isEmpty() || fallback && degrees.find(line, false).isPresent()) {
                continue;
            }
            String rest = clauseAround(line, span.get());
            if (rest != null) {
                anchors.add(new Anchor(i, span.get(), rest));
            }
        }
        return anchors;
    }

    /**
     * The line without its dates; in a long line, only the clause the dates belong to (cut at
     * '|', ';', '•', brackets and sentence ends), or null when that clause is a sentence.
     */
    static String clauseAround(String line, DateSpan span) {
        String before = line.substring(0, span.from());
        String after = line.substring(Math.min(span.to(), line.length()));
        if (Words.wordCount(line) <= MAX_HEADER_WORDS + 4) {
            return before.stripTrailing() + "  " + after.stripLeading();
        }
        int start = lastDelimiter(before);
        String clause = before.substring(start);
        if (clause.isBlank()) {
            int end = firstDelimiter(after);
            clause = after.substring(0, end);
        }
        return Words.wordCount(clause) <= MAX_CLAUSE_WORDS ? clause : null;
    }

    private static int lastDelimiter(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (isDelimiter(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int firstDelimiter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDelimiter(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isDelimiter(String text, int i) {
        char c = text.charAt(i);
        return c == '|' || c == ';' || c == '•' || c == '(' || c == ')' || c == '[' || c == ']' || c == '—'
                || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ' && i > 1
                        && Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2)));
    }

    /** Where the next job's header starts: its anchor line, or the header lines above it. */
    private int headerStart(String[] lines, Anchor next, int notBefore) {
        int start = next.line();
        int need = Math.max(0, 2 - Words.pieces(next.rest()).size());
        for (int j = next.line() - 1; j >= notBefore && need > 0; j--) {
            if (lines[j].isBlank()) {
                continue;
            }
            if (!isHeaderLine(lines[j])) {
                break;
            }
            start = j;
            need--;
        }
        return start;
    }

    /** Short, not a bullet, not a sentence, not a "Label: value" other than a job label. */
    private static boolean isHeaderLine(String line) {
        String text = line.strip();
        if (text.isEmpty() || Words.isBullet(text) || text.endsWith(".") || text.endsWith(":") || text.length() > 100
                || Words.wordCount(text) > MAX_HEADER_WORDS) {
            return false;
        }
        int colon = text.indexOf(':');
        if (colon > 0 && colon < 30 && !text.startsWith("http")) {
            String label = Words.key(text.substring(0, colon));
            return label.equals("company") || label.equals("employer") || label.equals("designation")
                    || label.equals("organisation") || label.equals("organization") || label.equals("role")
                    || label.equals("position") || label.equals("title") || label.equals("job title");
        }
        return true;
    }

    /**
     * Jobs without dates: a line with a title word, then a short line naming the employer,
     * then the description. Only where a job can start (after a blank line or a sentence).
     */
    private List<ExperienceEntry> dateless(String[] lines, int from, int to) {
        List<ExperienceEntry> jobs = new ArrayList<>();
        int i = from;
        while (i < to) {
            int titleLine = nextNonBlank(lines, i, to);
            if (titleLine < 0) {
                break;
            }
            int companyLine = nextNonBlank(lines, titleLine + 1, to);
            if (companyLine > 0 && startsJob(lines, from, titleLine) && looksLikeDatelessHeader(lines[titleLine], lines[companyLine])) {
                int end = companyLine + 1;
                while (end < to && (lines[end].isBlank() || !startsJob(lines, from, end)
                        || !isDatelessStart(lines, end, to))) {
                    end++;
                }
                JobHeader.Parts parts = header.resolve(List.of(lines[titleLine], lines[companyLine]));
                jobs.add(new ExperienceEntry(parts.title(), parts.company(), parts.location(), Optional.empty(),
                        Optional.empty(), false, 0, Bullets.read(lines, companyLine + 1, end), titleLine));
                i = end;
            } else {
                i = titleLine + 1;
            }
        }
        return jobs;
    }

    private boolean isDatelessStart(String[] lines, int at, int to) {
        int titleLine = nextNonBlank(lines, at, to);
        int companyLine = titleLine < 0 ? -1 : nextNonBlank(lines, titleLine + 1, to);
        return companyLine > 0 && titleLine == at && looksLikeDatelessHeader(lines[titleLine], lines[companyLine]);
    }

    private boolean looksLikeDatelessHeader(String title, String company) {
        return isHeaderLine(title) && isHeaderLine(company) && !Words.hasDigit(title) && !Words.hasDigit(company)
                && Words.wordCount(title) <= 6 && Words.wordCount(company) <= 6
                && titleWords.count(Words.tokens(title)) > 0 && titleWords.count(Words.tokens(company)) == 0;
    }

    /** A job starts at the top of the range or after a blank line that follows a sentence or bullet. */
    private static boolean startsJob(String[] lines, int from, int line) {
        int previous = line - 1;
        while (previous >= from && lines[previous].isBlank()) {
            previous--;
        }
        return previous < from || (previous < line - 1 && !isHeaderLine(lines[previous]));
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
