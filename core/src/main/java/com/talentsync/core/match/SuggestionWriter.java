package com.talentsync.core.match;

import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.skills.SkillContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the suggestions of a match, most useful first. Every suggestion rests on something the
 * resume already shows (a related skill, a skill in the skills list, a synonym, a title); a
 * skill the resume shows no sign of is only ever named as a gap, with "only if you have used it".
 */
final class SuggestionWriter {

    static final int MAX_SUGGESTIONS = 8;
    static final int MAX_SYNONYM_TIPS = 3;
    /** Cue words a job line needs to be "about" a skill when no related skill is named in it. */
    static final int MIN_CUES = 2;
    /**
     * The field fit (0-1) from which wording tips (the ad's words, its title) are given: for a
     * resume from another line of work, rewording would only dress up a mismatch.
     */
    static final double WORDING_FIT = 0.35;

    private final JobDescription ad;
    private final ResumeEvidence resume;
    private final RelatedSkills relations;
    private final Map<String, Set<String>> skillCues;
    private final List<Suggestion> out = new ArrayList<>();

    private SuggestionWriter(JobDescription ad, ResumeEvidence resume, RelatedSkills relations,
                             Map<String, Set<String>> skillCues) {
        this.ad = ad;
        this.resume = resume;
        this.relations = relations;
        this.skillCues = skillCues;
    }

    static List<Suggestion> write(JobDescription ad, ResumeEvidence resume, RelatedSkills relations,
                                  Map<String, Set<String>> skillCues, SkillFit.Outcome skills,
                                  KeywordFit.Outcome keywords, TitleFit.Outcome title, double fieldFit) {
        SuggestionWriter writer = new SuggestionWriter(ad, resume, relations, skillCues);
        writer.relatedSkills(skills);
        writer.skillsOnlyListed(skills.matched());
        if (fieldFit >= WORDING_FIT) {
            writer.synonyms(keywords.synonyms());
            writer.title(title);
        }
        writer.gaps(skills);
        List<Suggestion> all = writer.out;
        return List.copyOf(all.subList(0, Math.min(MAX_SUGGESTIONS, all.size())));
    }

    /** A skill the ad asks for that the resume shows through a related one: say it in the ad's words. */
    private void relatedSkills(SkillFit.Outcome skills) {
        skills.related().forEach((asked, credit) -> {
            int line = bestLineOf(credit.via());
            if (credit.group().isEmpty()) {
                add("The ad asks for " + asked + " and your resume shows it through " + credit.via()
                        + ": name it in the ad's words where you describe that work, e.g. \""
                        + asked.toLowerCase(Locale.ROOT) + " (" + credit.via() + ")\".", line);
            } else {
                add("The ad asks for " + asked + "; you show " + credit.via() + ", one of the " + credit.group()
                        + ". Put that work up front, and name " + asked + " only if you have used it.", line);
            }
        });
    }

    /** A skill the ad wants that sits only in the skills list: point at the job line about related work. */
    private void skillsOnlyListed(List<String> matched) {
        for (String skill : matched) {
            ResumeEvidence.SkillPlaces places = resume.skills.get(skill);
            if (places == null || !places.contexts().contains(SkillContext.SKILLS_SECTION)
                    || places.contexts().contains(SkillContext.EXPERIENCE)
                    || places.contexts().contains(SkillContext.PROJECTS)) {
                continue;
            }
            findJobLineAbout(skill).ifPresent(line -> add("You list " + skill
                    + " only among your skills. If you used it in this work, name it in this line: \""
                    + shorten(resume.lines.get(line)) + "\".", line));
        }
    }

    /**
     * The ad's own word for what the resume says in other words, for the ad's weightier words
     * only (in its title or requirements), and never for two forms of one word ("data", "datasets").
     */
    private void synonyms(List<KeywordFit.SynonymUse> uses) {
        int given = 0;
        for (KeywordFit.SynonymUse use : uses) {
            String ad = use.adWord().toLowerCase(Locale.ROOT);
            String own = use.resumeWord().toLowerCase(Locale.ROOT);
            if (given == MAX_SYNONYM_TIPS || use.weight() < KeywordWeigher.BOOST || ad.startsWith(own) || own.startsWith(ad)) {
                continue;
            }
            add("The ad says \"" + use.adWord() + "\" where you write \"" + use.resumeWord()
                    + "\": use the ad's word where it means the same.", use.line());
            given++;
        }
    }

    /** Suggest the ad's title only when the resume already has a title sharing some of its words. */
    private void title(TitleFit.Outcome title) {
        if (ad.title().isBlank() || title.bestTitle().isBlank() || title.titleOverlap() >= 1) {
            return;
        }
        add("The ad's title is \"" + ad.title() + "\" and your closest is \"" + title.bestTitle()
                + "\". If it describes your work, use the ad's wording in your headline or summary.", title.bestLine());
    }

    /** Required skills with no sign at all in the resume: named as gaps, never as text to add. */
    private void gaps(SkillFit.Outcome skills) {
        List<String> unsupported = skills.missingRequired().stream().filter(s -> !skills.related().containsKey(s)).toList();
        if (!unsupported.isEmpty()) {
            out.add(new Suggestion("Required skills your resume shows no sign of: " + String.join(", ", unsupported)
                    + ". Add them only if you have used them; otherwise be ready to talk about how you would learn them.",
                    "", -1));
        }
    }

    /** The first line naming {@code skill} in a job or project, else its first line at all. */
    private int bestLineOf(String skill) {
        ResumeEvidence.SkillPlaces places = resume.skills.get(skill);
        if (places == null || places.lines().isEmpty()) {
            return -1;
        }
        for (int line : places.lines()) {
            if (resume.jobAt(line).isPresent()) {
                return line;
            }
        }
        return places.lines().get(0);
    }

    /**
     * The job line naming a related skill, or failing that the one with the most cue words: the
     * ad's words around the skill and the words of its related skills' names ("event", "stream"
     * and "queue" for Kafka).
     */
    private Optional<Integer> findJobLineAbout(String skill) {
        Set<String> neighbours = relations.neighbours(skill);
        Set<String> cues = new HashSet<>(skillCues.getOrDefault(skill, Set.of()));
        for (String neighbour : neighbours) {
            cues.addAll(Terms.contentStems(neighbour));
        }
        cues.removeAll(Terms.contentStems(skill));
        int best = -1;
        int bestHits = 0;
        for (ResumeEvidence.Job job : resume.jobs) {
            for (int line : job.lines()) {
                for (String neighbour : neighbours) {
                    ResumeEvidence.SkillPlaces places = resume.skills.get(neighbour);
                    if (places != null && places.lines().contains(line)) {
                        return Optional.of(line);
                    }
                }
                int hits = 0;
                for (String stem : Terms.contentStems(resume.lines.get(line))) {
                    hits += cues.contains(stem) ? 1 : 0;
                }
                if (hits >= MIN_CUES && hits > bestHits) {
                    best = line;
                    bestHits = hits;
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private void add(String text, int line) {
        out.add(new Suggestion(text, where(line), line));
    }

    /** "Experience, Kestrel (line 14)", "Skills (line 30)", "line 3", or "" without a line. */
    private String where(int line) {
        if (line < 0) {
            return "";
        }
        Optional<ResumeEvidence.Job> job = resume.jobAt(line);
        if (job.isPresent()) {
            return "Experience, " + job.get().name() + " (line " + (line + 1) + ")";
        }
        Optional<Section> section = resume.sectionAt(line).filter(s -> !s.heading().isBlank());
        return section.map(s -> s.heading().strip() + " (line " + (line + 1) + ")").orElse("line " + (line + 1));
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
