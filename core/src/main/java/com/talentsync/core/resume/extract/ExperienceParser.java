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
    private static final int MAX_CLAUSE_CHARS = 120;

    /** @param clause the job was cut from a long line, so the rest is its whole header */
    private record Anchor(int line, DateSpan span, String rest, boolean clause) {}

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
            // A clause cut from running text is its own header: no lines above or below.
            boolean clause = anchor.clause();
            int first = clause ? anchor.line() : headerAbove(lines, anchor, cursor, headerLines);
            int need = clause ? 0 : Math.max(0, 2 - headerPieces(anchor.rest()) - headerLines.size());
            if (!fallback) {
                jobs.addAll(dateless(lines, cursor, first));
            }
            headerLines.add(anchor.rest());
            int nextAnchor = k + 1 < anchors.size() ? anchors.get(k + 1).line() : to;
            int last = anchor.line();
            for (int j = anchor.line() + 1; j < nextAnchor && need > 0 && j - anchor.line() <= 2; j++) {
                if (skippable(lines[j])) {
                    continue;
                }
                if (!isHeaderLine(lines[j])) {
                    break;
                }
                headerLines.add(lines[j]);
                last = j;
                if (!isJobLabelLine(lines[j])) {
                    need--;
                }
            }
            int bodyEnd = k + 1 < anchors.size() ? headerAbove(lines, anchors.get(k + 1), last + 1, new ArrayList<>()) : to;
            if (fallback) {
                bodyEnd = Math.min(bodyEnd, paragraphEnd(lines, last + 1, to)); // loose text: a blank line ends the job
            }
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
            if (line.isBlank() || !Words.hasDigit(line)) {
                continue;
            }
            boolean longLine = Words.wordCount(line) > MAX_HEADER_WORDS + 4;
            List<DateSpan> spans = new ArrayList<>();
            for (DateSpan span : dates.findAll(line, today)) {
                if (span.range()) {
                    spans.add(span);
                    if (!longLine) {
                        break; // one job per header line; a long line may list several
                    }
                }
            }
            if (spans.isEmpty() && !fallback && !longLine) {
                // "Data Engineering Intern   Summer 2016": a single month on a header line.
                dates.findAll(line, today).stream().filter(DateSpan::monthKnown).findFirst().ifPresent(spans::add);
            }
            int previousEnd = 0;
            for (DateSpan span : spans) {
                String rest = clauseAround(line, span, previousEnd, longLine);
                previousEnd = span.to();
                boolean bulletHeader = !Words.isBullet(line) || !longLine && header.looksLikeHeader(rest);
                if (rest != null && bulletHeader && !(fallback && degrees.find(rest, false).isPresent())) {
                    anchors.add(new Anchor(i, span, rest, longLine));
                }
            }
        }
        return anchors;
    }

    /**
     * The line without its dates; in a long line, only the clause the dates belong to (cut at
     * '|', ';', '•', brackets, sentence ends and the previous dates), or null when that clause
     * is a sentence rather than a title and employer. The scan stops after a clause's length,
     * so a huge line with thousands of dates costs time in proportion to its length.
     */
    static String clauseAround(String line, DateSpan span, int notBefore, boolean longLine) {
        int from = Math.min(span.from(), line.length());
        int to = Math.min(span.to(), line.length());
        if (!longLine) {
            return line.substring(0, from).stripTrailing() + "  " + line.substring(to).stripLeading();
        }
        int end = from;
        while (end > notBefore && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        // "Engineer at Acme (2019-present)": the dates' own bracket does not end the clause.
        if (end > notBefore && (line.charAt(end - 1) == '(' || line.charAt(end - 1) == '[')) {
            end--;
        }
        int start = end;
        while (start > notBefore && !isDelimiter(line, start - 1) && end - start <= MAX_CLAUSE_CHARS) {
            start--;
        }
        if (start < end && line.substring(start, end).isBlank() || start == end) {
            start = to;
            end = to;
            while (end < line.length() && !isDelimiter(line, end) && end - start <= MAX_CLAUSE_CHARS) {
                end++;
            }
        }
        String clause = line.substring(start, end);
        return end - start <= MAX_CLAUSE_CHARS && Words.wordCount(clause) <= MAX_CLAUSE_WORDS ? clause : null;
    }

    private static boolean isDelimiter(String text, int i) {
        char c = text.charAt(i);
        return c == '|' || c == ';' || c == '•' || c == '(' || c == ')' || c == '[' || c == ']' || c == '—'
                || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ' && i > 1
                        && Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2)));
    }

    /**
     * Collects the header lines above an anchor (at most two plain ones, plus any "Company:" /
     * "Designation:" lines) into {@code out}; returns the first header line.
     */
    private static int headerAbove(String[] lines, Anchor anchor, int notBefore, List<String> out) {
        int first = anchor.line();
        int need = Math.max(0, 2 - headerPieces(anchor.rest()));
        for (int j = anchor.line() - 1; j >= notBefore; j--) {
            if (skippable(lines[j])) {
                continue;
            }
            if (Words.isBullet(lines[j]) && !Words.isBullet(lines[anchor.line()])) {
                break;
            }
            boolean label = isJobLabelLine(lines[j]);
            if (!isHeaderLine(lines[j]) || need == 0 && !label) {
                break;
            }
            out.addFirst(lines[j]);
            first = j;
            if (!label) {
                need--;
            }
        }
        return first;
    }

    /** Pieces of the anchor line that can be title, employer or place (not "Duration:"). */
    private static int headerPieces(String rest) {
        int count = 0;
        for (String piece : Words.pieces(rest)) {
            if (!JobHeader.isNoise(piece)) {
                count++;
            }
        }
        return count;
    }

    /** Blank lines and page-footer links sit between header lines without ending the header. */
    private static boolean skippable(String line) {
        return line.isBlank() || Words.isLinkOnly(line);
    }

    /** Short, not a bullet, not a sentence, not a "Label: value" other than a job label. */
    private static boolean isHeaderLine(String line) {
        String text = line.strip();
        if (text.isEmpty() || Words.isBullet(text) || text.endsWith(".") || text.endsWith(":") || text.length() > 100
                || Words.wordCount(text) > MAX_HEADER_WORDS || text.indexOf('@') >= 0 || Words.digitCount(text) >= 7) {
            return false; // sentences, contact lines (e-mail, phone)
        }
        int colon = text.indexOf(':');
        return colon <= 0 || colon >= 30 || text.startsWith("http") || isJobLabelLine(text);
    }

    /** "Company: Infosys", "Designation: Analyst"; "Client: ..." is not one. */
    private static boolean isJobLabelLine(String line) {
        return JobHeader.label(line) != null;
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
            JobHeader.Label label = JobHeader.label(lines[titleLine]);
            if (label != null && label.role() == JobHeader.Role.COMPANY && !label.value().isEmpty()) {
                // "Company: Infosys" with no dates anywhere near: a job all the same.
                int end = titleLine + 1;
                List<String> headerLines = new ArrayList<>(List.of(lines[titleLine]));
                while (end < to && !isCompanyLabel(lines[end])) {
                    if (isJobLabelLine(lines[end]) && end - titleLine <= 2) {
                        headerLines.add(lines[end]);
                    }
                    end++;
                }
                JobHeader.Parts parts = header.resolve(headerLines);
                jobs.add(new ExperienceEntry(parts.title(), parts.company(), parts.location(), Optional.empty(),
                        Optional.empty(), false, 0, Bullets.read(lines, titleLine + headerLines.size(), end), titleLine));
                i = end;
                continue;
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

    private static boolean isCompanyLabel(String line) {
        JobHeader.Label label = JobHeader.label(line);
        return label != null && label.role() == JobHeader.Role.COMPANY;
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

    private static int paragraphEnd(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines[i].isBlank()) {
                return i;
            }
        }
        return to;
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
