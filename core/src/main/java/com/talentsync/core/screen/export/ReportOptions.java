package com.talentsync.core.screen.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every export of a ranking needs besides its rows.
 *
 * @param jobTitle       the job the ranking is for, shown in reports' titles
 * @param requiredSkills the job's required skills, to split a resume's matched skills into
 *                       "matched required"; when empty, every matched skill is listed there
 * @param blind          hide who each candidate is (names become "Candidate N", file names and
 *                       notes are masked); applies to every export alike
 * @param generatedAt    printed in the HTML and PDF reports
 */
public record ReportOptions(String jobTitle, List<String> requiredSkills, boolean blind, Instant generatedAt) {

    public ReportOptions {
        jobTitle = jobTitle == null || jobTitle.isBlank() ? "Untitled job" : jobTitle.strip();
        requiredSkills = List.copyOf(requiredSkills);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
