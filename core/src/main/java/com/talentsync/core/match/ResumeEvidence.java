package com.talentsync.core.match;

import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.extract.EducationEntry;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import com.talentsync.core.resume.skills.SkillContext;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillMention;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one resume shows, read from its guarded lines only ({@link ResumeGuard}): the skills
 * and where they are, its word stems, its jobs with their lines, its degree. Every part of the
 * score reads the resume through this, so text the guard removed can reach no part of it.
 */
final class ResumeEvidence {

    /** One job: its cleaned title, and the lines under it (0-based, guarded text). */
    record Job(String title, String company, int line, List<Integer> lines) {

        private static final int MAX_NAME_CHARS = 40;

        /** How explanations name the job: its company, else its title, cut at a word if long. */
        String name() {
            String name = (company.isBlank() ? title : company).strip();
            if (name.length() <= MAX_NAME_CHARS) {
                return name;
            }
            int cut = name.lastIndexOf(' ', MAX_NAME_CHARS);
            return name.substring(0, cut > 0 ? cut : MAX_NAME_CHARS) + "...";
        }
    }

    /** Where a skill is: the lines it is named on, in order, and the kinds of place. */
    record SkillPlaces(List<Integer> lines, Set<SkillContext> contexts) {}

    final ResumeFacts facts;
    final List<String> lines;
    final List<String> warnings;
    /** Canonical skill name -> its places, in order of first mention. */
    final Map<String, SkillPlaces> skills;
    /** Content-word stem -> the first line using it. */
    final Map<String, Integer> stems;
    /** Stem -> the spelling first used, for explanations ("you write 'clients'"). */
    final Map<String, String> spellings;
    final List<Job> jobs;
    final EducationLevel degree;

    private ResumeEvidence(ResumeFacts facts, ResumeGuard.Guarded guarded, Map<String, SkillPlaces> skills,
                           List<Job> jobs) {
        this.facts = facts;
        this.lines = guarded.lines();
        this.warnings = guarded.warnings();
        this.skills = skills;
        this.jobs = List.copyOf(jobs);
        Map<String, Integer> stemLines = new HashMap<>();
        Map<String, String> firstSpelling = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            var m = Terms.WORD.matcher(lines.get(i));
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (Terms.isContent(word)) {
                    String stem = Stemmer.stem(word);
                    stemLines.putIfAbsent(stem, i);
                    firstSpelling.putIfAbsent(stem, m.group());
                }
            }
        }
        this.stems = stemLines;
        this.spellings = firstSpelling;
        EducationLevel best = EducationLevel.NONE;
        for (EducationEntry entry : facts.education()) {
            EducationLevel level = DegreeLevels.of(entry.degree());
            if (level.compareTo(best) > 0) {
                best = level;
            }
        }
        this.degree = best;
    }

    static ResumeEvidence of(ResumeAnalysis analysis, ResumeGuard.AdContext ad, SkillFinder finder) {
        ResumeFacts facts = analysis.facts();
        ResumeGuard.Guarded guarded = ResumeGuard.guard(facts.lines(), ad, finder);
        String text = String.join("\n", guarded.lines());
        int[] lineOf = lineIndex(text);
        Map<String, List<Integer>> skillLines = new LinkedHashMap<>();
        Map<String, EnumSet<SkillContext>> contexts = new HashMap<>();
        for (SkillMention mention : finder.mentions(text, facts.sections())) {
            String name = mention.skill().name();
            int line = lineOf[mention.start()];
            List<Integer> at = skillLines.computeIfAbsent(name, k -> new ArrayList<>());
            if (at.isEmpty() || at.get(at.size() - 1) != line) {
                at.add(line);
            }
            contexts.computeIfAbsent(name, k -> EnumSet.noneOf(SkillContext.class)).add(mention.context());
        }
        Map<String, SkillPlaces> skills = new LinkedHashMap<>();
        skillLines.forEach((name, at) -> skills.put(name, new SkillPlaces(List.copyOf(at), Set.copyOf(contexts.get(name)))));
        return new ResumeEvidence(facts, guarded, skills, jobs(facts, guarded.lines()));
    }

    /** The text of the guarded lines from {@code from} (inclusive) to {@code to} (exclusive). */
    String text(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            if (!lines.get(i).isBlank()) {
                out.append(out.isEmpty() ? "" : "\n").append(lines.get(i).strip());
            }
        }
        return out.toString();
    }

    /** A section's guarded text without its heading line. */
    String body(Section section) {
        boolean headed = !section.heading().isBlank() && section.startLine() < lines.size()
                && lines.get(section.startLine()).strip().startsWith(section.heading().strip());
        return text(headed ? section.startLine() + 1 : section.startLine(), section.endLine());
    }

    Optional<Section> section(SectionKind kind) {
        return facts.section(kind);
    }

    /** The section holding {@code line}, if any. */
    Optional<Section> sectionAt(int line) {
        for (Section section : facts.sections()) {
            if (line >= section.startLine() && line < section.endLine()) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The job whose lines include {@code line}, if any. */
    Optional<Job> jobAt(int line) {
        for (Job job : jobs) {
            if (job.line() == line || job.lines().contains(line)) {
                return Optional.of(job);
            }
        }
        return Optional.empty();
    }

    boolean hasSkill(String name) {
        return skills.containsKey(name);
    }

    /**
     * Jobs with their lines: from the job's first line to the next job's, within the section that
     * holds it. Titles pass the guard's fragment cleaning, since the extractor read the raw text.
     */
    private static List<Job> jobs(ResumeFacts facts, List<String> lines) {
        List<ExperienceEntry> entries = facts.experience();
        List<Job> out = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            ExperienceEntry entry = entries.get(k);
            int end = Math.min(lines.size(), entry.line() + 40);
            for (Section section : facts.sections()) {
                if (entry.line() >= section.startLine() && entry.line() < section.endLine()) {
                    end = Math.min(end, section.endLine());
                }
            }
            for (int j = k + 1; j < entries.size(); j++) {
                if (entries.get(j).line() > entry.line()) {
                    end = Math.min(end, entries.get(j).line());
                    break;
                }
            }
            List<Integer> at = new ArrayList<>();
            for (int i = entry.line() + 1; i < end; i++) {
                if (!lines.get(i).isBlank()) {
                    at.add(i);
                }
            }
            out.add(new Job(ResumeGuard.cleanFragment(entry.title()), ResumeGuard.cleanFragment(entry.company()), entry.line(), List.copyOf(at)));
        }
        return out;
    }

    private static int[] lineIndex(String text) {
        int[] lineOf = new int[text.length() + 1];
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            lineOf[i] = line;
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        lineOf[text.length()] = line;
        return lineOf;
    }
}
