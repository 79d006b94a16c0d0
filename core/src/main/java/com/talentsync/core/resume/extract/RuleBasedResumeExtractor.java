package com.talentsync.core.resume.extract;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts {@link ResumeFacts} with rules and word lists, offline and in a few milliseconds:
 * sections by their headings, then contact details, jobs, degrees, certifications, languages
 * and projects from the sections they belong to (with fallbacks for resumes without headings).
 *
 * <p>{@link ResumeFacts#lines()} are the input's lines with mojibake repaired and outer
 * spaces trimmed; there are exactly as many as the input has, so line numbers match it.
 *
 * <p>What the records leave open: a job's title or employer is "" when the header did not
 * name it, and a job written without dates has no start and 0 months; a single-month job
 * ("Summer 2016") ends in its start month. An education entry's degree is "" when a school
 * is listed without one. Gaps run from the first month without a job to the last one. The
 * language is an ISO 639-1 code, or "und" for text without letters.
 *
 * <p>Instances are immutable and may be shared between threads. {@link #extract} never throws:
 * on a bug it logs and returns what it has (the lines), marked as limited.
 */
public final class RuleBasedResumeExtractor implements ResumeExtractor {

    /** Bump when the rules or word lists change, so stored analyses are made again. */
    public static final String VERSION = "extract-1";

    private static final Logger LOG = LoggerFactory.getLogger(RuleBasedResumeExtractor.class);

    /** libphonenumber's "unknown region": only numbers written with +country code are read. */
    static final String UNKNOWN_REGION = "ZZ";

    private final String defaultRegion;
    private final SectionSplitter splitter;
    private final DateRangeParser dates = new DateRangeParser();
    private final ContactExtractor contacts;
    private final ExperienceParser experience;
    private final EducationParser education;
    private final ListSections lists;
    private final LanguageGuess languages = new LanguageGuess();

    /** Reads national phone numbers as of the JVM's default locale's country (or needs a +code). */
    public RuleBasedResumeExtractor() {
        this(Locale.getDefault().getCountry());
    }

    /**
     * @param defaultRegion ISO 3166 code ("IN", "US", "GB") for phone numbers written without a
     *                      country code when the resume's location does not tell; blank or
     *                      unknown means such numbers are not read
     */
    public RuleBasedResumeExtractor(String defaultRegion) {
        String region = defaultRegion == null ? "" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        this.defaultRegion = PhoneNumberUtil.getInstance().getSupportedRegions().contains(region) ? region : UNKNOWN_REGION;
        Words.PhraseSet titleWords = Lexicon.phrases("title-words.txt");
        Words.PhraseSet employerWords = Lexicon.phrases("company-words.txt");
        Words.PhraseSet institutionWords = Lexicon.phrases("institution-words.txt");
        Words.PhraseSet notLocality = union(titleWords, employerWords, institutionWords);
        Places places = new Places(notLocality);
        DegreeMatcher degrees = new DegreeMatcher(institutionWords);
        this.splitter = new SectionSplitter(titleWords);
        this.contacts = new ContactExtractor(this.defaultRegion, places, dates, notLocality);
        this.experience = new ExperienceParser(dates, new JobHeader(titleWords, union(employerWords, institutionWords), places),
                degrees, titleWords);
        this.education = new EducationParser(degrees, dates, institutionWords);
        this.lists = new ListSections(dates);
    }

    /** The region used for phone numbers when the resume does not tell ("ZZ" if none). */
    public String defaultRegion() {
        return defaultRegion;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public ResumeFacts extract(String text, LocalDate today) {
        List<String> lines = lines(text == null ? "" : text);
        YearMonth month = YearMonth.from(today == null ? LocalDate.now() : today);
        try {
            return extract(lines, month);
        } catch (RuntimeException | StackOverflowError bug) {
            LOG.warn("resume extraction failed on a {}-line text; returning the lines only", lines.size(), bug);
            return new ResumeFacts(lines, new Contact(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of()), List.of(), List.of(), 0, List.of(),
                    List.of(), List.of(), List.of(), List.of(), "und", true);
        }
    }

    private ResumeFacts extract(List<String> lines, YearMonth today) {
        SectionSplitter.Result split = splitter.split(lines);
        String[] body = split.body();
        List<Section> sections = split.sections();
        boolean[] contactArea = new boolean[body.length];
        int headerEnd = 0;
        for (Section section : sections) {
            if (section.kind() == SectionKind.CONTACT) {
                Arrays.fill(contactArea, section.startLine(), section.endLine(), true);
            }
            if (section.startLine() == headerEnd && (section.kind() == SectionKind.OTHER || section.kind() == SectionKind.CONTACT)) {
                headerEnd = section.endLine();
            }
        }
        Contact contact = contacts.extract(body, contactArea, Math.min(headerEnd, 20), today);

        List<ExperienceEntry> jobs = new ArrayList<>();
        List<EducationEntry> degrees = new ArrayList<>();
        List<String> certifications = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        boolean hasExperience = sections.stream().anyMatch(s -> s.kind() == SectionKind.EXPERIENCE);
        boolean hasEducation = sections.stream().anyMatch(s -> s.kind() == SectionKind.EDUCATION);
        for (Section s : sections) {
            int from = s.startLine();
            int to = s.endLine();
            switch (s.kind()) {
                case EXPERIENCE -> jobs.addAll(experience.parse(body, from, to, today, false));
                case EDUCATION -> degrees.addAll(education.parse(body, from, to, today, true));
                case CERTIFICATIONS -> addNew(certifications, lists.certifications(body, from, to));
                case LANGUAGES -> addNew(spoken, lists.languages(body, from, to));
                case PROJECTS -> projects.addAll(lists.projects(body, from, to, today));
                default -> { }
            }
            // Resumes without those headings: jobs from loose text, degrees from any text
            // but jobs and projects (only spellings that cannot be anything but a degree).
            if (!hasExperience && s.kind() == SectionKind.OTHER) {
                jobs.addAll(experience.parse(body, from, to, today, true));
            }
            if (!hasEducation && s.kind() != SectionKind.EXPERIENCE && s.kind() != SectionKind.PROJECTS) {
                degrees.addAll(education.parse(body, from, to, today, false));
            }
        }
        ExperienceTimeline timeline = new ExperienceTimeline(jobs, today);
        LanguageGuess.Guess guess = languages.guess(String.join("\n", lines));
        return new ResumeFacts(lines, contact, sections, List.copyOf(jobs), timeline.totalMonths(), timeline.gaps(),
                List.copyOf(degrees), List.copyOf(certifications), List.copyOf(spoken), List.copyOf(projects),
                guess.language(), guess.limited());
    }

    private static void addNew(List<String> into, List<String> items) {
        for (String item : items) {
            if (!into.contains(item)) {
                into.add(item);
            }
        }
    }

    /** Splits on \n, \r\n and \r, so line numbers match what an editor shows. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(TextRepair.repair(text.substring(start, i)).strip());
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(TextRepair.repair(text.substring(start)).strip());
        return List.copyOf(lines);
    }

    private static Words.PhraseSet union(Words.PhraseSet... sets) {
        return Words.PhraseSet.union(sets);
    }
}
