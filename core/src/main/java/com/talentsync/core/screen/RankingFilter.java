package com.talentsync.core.screen;

import com.talentsync.core.resume.skills.FoundSkill;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which resumes of a ranking to show; shared by the GUI and the CLI. Every condition must hold;
 * a condition left at its default ({@link #none()}) lets everything through.
 *
 * @param category       the category label, compared ignoring case
 * @param minScore       0-100
 * @param mustHaveSkills skills the resume must all show, matched to the job's skills it shows
 *                       and to the skills (or their aliases) found in it, ignoring case
 * @param minYears       whole years of experience
 * @param query          words that must all appear, ignoring case, in the text, the name or the
 *                       file name; blank for none
 */
public record RankingFilter(Optional<String> category, int minScore, List<String> mustHaveSkills, int minYears,
        String query) {

    public RankingFilter {
        Objects.requireNonNull(category, "category");
        category = category.map(String::strip).filter(label -> !label.isEmpty());
        if (minScore < 0 || minScore > 100) {
            throw new IllegalArgumentException("minimum score must be 0-100: " + minScore);
        }
        if (minYears < 0) {
            throw new IllegalArgumentException("minimum years must not be negative: " + minYears);
        }
        mustHaveSkills = mustHaveSkills.stream().map(String::strip).filter(skill -> !skill.isEmpty()).toList();
        query = query == null ? "" : query.strip();
    }

    public static RankingFilter none() {
        return new RankingFilter(Optional.empty(), 0, List.of(), 0, "");
    }

    public RankingFilter withCategory(String label) {
        return new RankingFilter(Optional.ofNullable(label), minScore, mustHaveSkills, minYears, query);
    }

    public RankingFilter withMinScore(int score) {
        return new RankingFilter(category, score, mustHaveSkills, minYears, query);
    }

    public RankingFilter withMustHaveSkills(List<String> skills) {
        return new RankingFilter(category, minScore, skills, minYears, query);
    }

    public RankingFilter withMinYears(int years) {
        return new RankingFilter(category, minScore, mustHaveSkills, years, query);
    }

    public RankingFilter withQuery(String words) {
        return new RankingFilter(category, minScore, mustHaveSkills, minYears, words);
    }

    /** The resumes that pass, in the order given. */
    public List<ScreenedResume> apply(List<ScreenedResume> resumes) {
        List<String> terms = terms();
        return resumes.stream().filter(resume -> passes(resume, terms)).toList();
    }

    public boolean test(ScreenedResume resume) {
        return passes(resume, terms());
    }

    private boolean passes(ScreenedResume resume, List<String> terms) {
        if (resume.score() < minScore || resume.experienceMonths() < minYears * 12) {
            return false;
        }
        if (category.isPresent() && !category.get().equalsIgnoreCase(resume.category())) {
            return false;
        }
        return showsAllSkills(resume) && containsAll(resume, terms);
    }

    private boolean showsAllSkills(ScreenedResume resume) {
        if (mustHaveSkills.isEmpty()) {
            return true;
        }
        Set<String> shown = new HashSet<>();
        resume.match().matchedSkills().forEach(skill -> shown.add(lower(skill)));
        for (FoundSkill found : resume.analysis().skills()) {
            shown.add(lower(found.skill().name()));
            found.skill().aliases().forEach(alias -> shown.add(lower(alias)));
        }
        return mustHaveSkills.stream().allMatch(skill -> shown.contains(lower(skill)));
    }

    private static boolean containsAll(ScreenedResume resume, List<String> terms) {
        if (terms.isEmpty()) {
            return true;
        }
        String haystack = lower(resume.file()) + "\n" + lower(resume.name()) + "\n" + lower(resume.text());
        return terms.stream().allMatch(haystack::contains);
    }

    private List<String> terms() {
        return query.isEmpty() ? List.of() : List.of(lower(query).split("\\s+"));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
