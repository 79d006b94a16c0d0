package com.talentsync.core.resume.review;

import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.resume.extract.EducationEntry;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.Gap;
import com.talentsync.core.resume.extract.Link;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@link ResumeFacts} by hand, the way the extractor would report them, with lines,
 * sections and jobs kept in step. All text is invented for these tests.
 */
final class ResumeBuilder {

    private final List<String> lines = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<ExperienceEntry> experience = new ArrayList<>();
    private final List<EducationEntry> education = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();
    private Contact contact = new Contact(Optional.of("Robin Example"), Optional.of("robin@example.org"),
            Optional.of("+15550100"), Optional.of("Leeds, UK"),
            List.of(new Link(Link.Kind.LINKEDIN, "https://www.linkedin.com/in/robin-example")));
    private String language = "en";
    private boolean limited;
    private SectionKind openKind;
    private String openHeading;
    private int openStart;

    /** Starts a section: its heading becomes the next line. */
    ResumeBuilder section(SectionKind kind, String heading) {
        close();
        openKind = kind;
        openHeading = heading;
        openStart = lines.size();
        lines.add(heading);
        return this;
    }

    ResumeBuilder line(String text) {
        lines.add(text);
        return this;
    }

    /** A job: a title line, a date line, then one "• " line per bullet. */
    ResumeBuilder job(String title, String dates, YearMonth start, YearMonth end, String... bullets) {
        int line = lines.size();
        lines.add(title + ", Example Corp");
        lines.add(dates);
        for (String bullet : bullets) {
            lines.add("\u2022 " + bullet);
        }
        int months = (int) (end.getYear() * 12L + end.getMonthValue() - start.getYear() * 12L - start.getMonthValue());
        experience.add(new ExperienceEntry(title, "Example Corp", Optional.empty(), Optional.of(start),
                Optional.of(end), false, months, List.of(bullets), line));
        return this;
    }

    ResumeBuilder degree(String degree, int year) {
        education.add(new EducationEntry(degree, Optional.empty(), Optional.of("Example University"),
                Optional.of(year), Optional.empty(), lines.size()));
        lines.add(degree + ", Example University, " + year);
        return this;
    }

    ResumeBuilder gap(YearMonth from, YearMonth to) {
        int months = (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue());
        gaps.add(new Gap(from, to, months));
        return this;
    }

    ResumeBuilder contact(Contact replacement) {
        contact = replacement;
        return this;
    }

    ResumeBuilder language(String code, boolean extractionLimited) {
        language = code;
        limited = extractionLimited;
        return this;
    }

    int lineCount() {
        return lines.size();
    }

    ResumeFacts build() {
        close();
        return new ResumeFacts(List.copyOf(lines), contact, List.copyOf(sections), List.copyOf(experience),
                experience.stream().mapToInt(ExperienceEntry::months).sum(), List.copyOf(gaps),
                List.copyOf(education), List.of(), List.of(), List.of(), language, limited);
    }

    private void close() {
        if (openKind != null) {
            sections.add(new Section(openKind, openHeading, openStart, lines.size(),
                    String.join("\n", lines.subList(openStart, lines.size()))));
            openKind = null;
        }
    }

    static Contact contact(boolean email, boolean phone, boolean linkedIn) {
        return new Contact(Optional.of("Robin Example"),
                email ? Optional.of("robin@example.org") : Optional.empty(),
                phone ? Optional.of("+15550100") : Optional.empty(),
                Optional.empty(),
                linkedIn ? List.of(new Link(Link.Kind.LINKEDIN, "https://www.linkedin.com/in/robin-example")) : List.of());
    }
}
