package com.talentsync.app.gui.screening;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which candidates the ranking shows. Every part narrows: a candidate is shown when it passes
 * them all.
 *
 * @param category       the job category, or "" for any
 * @param minScore       0-100
 * @param mustHaveSkills skills a candidate must show, all of them, compared without case
 * @param minYears       whole years of experience
 * @param query          words that must all appear (name, file, category, skills, notes, text);
 *                       in blind review only the masked text, category, skills and notes are searched
 */
public record CandidateFilter(String category, int minScore, List<String> mustHaveSkills, int minYears, String query) {

    public static final CandidateFilter NONE = new CandidateFilter("", 0, List.of(), 0, "");

    public CandidateFilter {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(query, "query");
        mustHaveSkills = mustHaveSkills.stream().map(String::strip).filter(skill -> !skill.isEmpty()).toList();
        minScore = Math.clamp(minScore, 0, 100);
        minYears = Math.max(0, minYears);
    }

    /** Skills as typed in the filter bar: separated by commas or semicolons, blanks ignored. */
    public static List<String> parseSkills(String typed) {
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(skill -> !skill.isEmpty()).toList();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether the row passes; what a search may look at follows the row's blind-review switch. */
    public boolean test(CandidateRow row) {
        if (!category.isBlank() && !category.equalsIgnoreCase(row.category())) {
            return false;
        }
        if (row.score() < minScore || row.resume().experienceMonths() < minYears * 12) {
            return false;
        }
        for (String skill : mustHaveSkills) {
            if (!row.hasSkill(CandidateRow.lower(skill))) {
                return false;
            }
        }
        for (String term : CandidateRow.lower(query).strip().split("\\s+")) {
            if (!term.isEmpty() && !row.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
