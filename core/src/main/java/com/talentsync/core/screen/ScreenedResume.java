package com.talentsync.core.screen;

import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.analysis.ResumeAnalysis;

/**
 * One resume of a screening, read, analysed and scored.
 *
 * @param file     as the user knows it (see {@link FailedFile#file()})
 * @param sha256   of the original bytes
 * @param text     the visible text, as matched
 * @param analysis facts, skills, category and review
 * @param match    the score against the screening's job
 */
public record ScreenedResume(String file, String sha256, String text, ResumeAnalysis analysis, MatchResult match) {

    public int score() {
        return match.score();
    }

    public String category() {
        return analysis.category().label();
    }

    /** The candidate's name as found, or "" when none was. Never masked: masking is the views' job. */
    public String name() {
        return analysis.facts().contact().name().orElse("");
    }

    public int experienceMonths() {
        return analysis.facts().totalExperienceMonths();
    }

    /** Experience in years, to one decimal, as tables and reports show it. */
    public double years() {
        return Math.round(experienceMonths() / 1.2) / 10.0;
    }
}
