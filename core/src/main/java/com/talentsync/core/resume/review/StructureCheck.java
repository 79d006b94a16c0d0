package com.talentsync.core.resume.review;

import com.talentsync.core.resume.extract.EducationEntry;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.Gap;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import com.talentsync.core.resume.review.DateFormats.DateToken;
import com.talentsync.core.resume.review.DateFormats.Family;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The Structure part: the sections a recruiter looks for, one date format, explained gaps. */
final class StructureCheck {

    static final int MAX_POINTS = 20;

    /** How many lines from a job's first line its dates may sit (title, company, then dates). */
    private static final int DATE_LINE_WINDOW = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private StructureCheck() {}

    static ScorePart score(ResumeFacts facts, Findings findings) {
        int points = 0;
        if (!facts.experience().isEmpty() || facts.section(SectionKind.EXPERIENCE).isPresent()) {
            points += 6;
        } else {
            findings.add("missing-experience", Severity.WARNING,
                    "No Experience section found: add one; internships, freelance work and volunteering count.", -1);
        }
        if (!facts.education().isEmpty() || facts.section(SectionKind.EDUCATION).isPresent()) {
            points += 4;
        } else {
            findings.add("missing-education", Severity.WARNING,
                    "No Education section found: add your highest degree or training with the year.", -1);
        }
        if (facts.section(SectionKind.SKILLS).isPresent()) {
            points += 4;
        } else {
            findings.add("missing-skills", Severity.WARNING,
                    "No Skills section found: add one listing the tools and methods the role asks for.", -1);
        }
        if (dateFormatsConsistent(facts, findings)) {
            points += 3;
        }
        int unexplained = unexplainedGaps(facts, findings);
        points += Math.max(0, 3 - 2 * unexplained);
        return new ScorePart(ResumeReviewer.STRUCTURE, points, MAX_POINTS);
    }

    /**
     * Looks only at the lines that date the jobs (a bullet saying "in 2019" is prose, not a
     * date format choice) and reports a mix of families at the first line of the second one.
     */
    private static boolean dateFormatsConsistent(ResumeFacts facts, Findings findings) {
        Map<Family, DateToken> firstOfFamily = new EnumMap<>(Family.class);
        Map<Family, Integer> lineOfFamily = new EnumMap<>(Family.class);
        List<Family> order = new ArrayList<>();
        for (int line : experienceDateLines(facts)) {
            for (DateToken token : DateFormats.find(facts.lines().get(line))) {
                if (firstOfFamily.putIfAbsent(token.family(), token) == null) {
                    lineOfFamily.put(token.family(), line);
                    order.add(token.family());
                }
            }
        }
        if (order.size() <= 1) {
            return true;
        }
        String examples = order.stream().map(family -> "\"" + firstOfFamily.get(family).text().strip() + "\"")
                .collect(Collectors.joining(", "));
        findings.add("inconsistent-date-format", Severity.SUGGESTION,
                "Dates are written in %d ways (%s): pick one, e.g. \"Mar 2019 - Jun 2021\", and use it everywhere."
                        .formatted(order.size(), examples), lineOfFamily.get(order.get(1)));
        return false;
    }

    private static List<Integer> experienceDateLines(ResumeFacts facts) {
        List<String> lines = facts.lines();
        List<Integer> found = new ArrayList<>();
        for (ExperienceEntry entry : facts.experience()) {
            if (entry.start().isEmpty() && entry.end().isEmpty()) {
                continue;
            }
            int from = Math.max(0, entry.line());
            for (int i = from; i < Math.min(lines.size(), from + DATE_LINE_WINDOW); i++) {
                if (!TextPatterns.hasMarker(lines.get(i)) && !DateFormats.find(lines.get(i)).isEmpty()) {
                    found.add(i);
                    break;
                }
            }
        }
        if (!facts.experience().isEmpty()) {
            return found;
        }
        // The extractor found no jobs: fall back to dated, unmarked lines of the Experience section.
        for (Section section : facts.sections()) {
            if (section.kind() != SectionKind.EXPERIENCE) {
                continue;
            }
            for (int i = Math.max(0, section.startLine()); i < Math.min(lines.size(), section.endLine()); i++) {
                if (!TextPatterns.hasMarker(lines.get(i)) && !DateFormats.find(lines.get(i)).isEmpty()) {
                    found.add(i);
                }
            }
        }
        return found;
    }

    /**
     * A gap counts as explained when the resume names a reason for a break anywhere (career
     * break, parental leave, ...) or a degree was finished during it.
     */
    private static int unexplainedGaps(ResumeFacts facts, Findings findings) {
        List<Gap> gaps = facts.gaps().stream()
                .filter(gap -> gap.months() > ResumeReviewer.GAP_MONTHS && gap.from() != null && gap.to() != null)
                .toList();
        if (gaps.isEmpty()) {
            return 0;
        }
        String text = String.join("\n", facts.lines()).toLowerCase(Locale.ROOT);
        if (ReviewLexicon.get().explainsGap(text)) {
            return 0;
        }
        int count = 0;
        for (Gap gap : gaps) {
            if (studiedDuring(gap, facts.education())) {
                continue;
            }
            count++;
            findings.add("unexplained-gap", gap.months() > 12 ? Severity.WARNING : Severity.SUGGESTION,
                    ("%d months without a role (%s - %s): add a line saying what you did,"
                            + " e.g. study, caregiving or a career break.")
                            .formatted(gap.months(), MONTH.format(gap.from()), MONTH.format(gap.to())),
                    jobAfter(gap, facts));
        }
        return count;
    }

    private static boolean studiedDuring(Gap gap, List<EducationEntry> education) {
        for (EducationEntry entry : education) {
            if (entry.year().isPresent()) {
                int year = entry.year().get();
                if (year >= gap.from().getYear() && year <= gap.to().getYear()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The line of the job that ended the gap: where a reader notices the jump in dates. */
    private static int jobAfter(Gap gap, ResumeFacts facts) {
        ExperienceEntry best = null;
        for (ExperienceEntry entry : facts.experience()) {
            YearMonth start = entry.start().orElse(null);
            if (start != null && !start.isBefore(gap.from())
                    && (best == null || start.isBefore(best.start().orElseThrow()))) {
                best = entry;
            }
        }
        if (best != null && best.line() >= 0 && best.line() < facts.lines().size()) {
            return best.line();
        }
        return experienceStart(facts);
    }

    private static int experienceStart(ResumeFacts facts) {
        return facts.section(SectionKind.EXPERIENCE).map(Section::startLine).orElse(-1);
    }
}
