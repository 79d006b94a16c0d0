package com.talentsync.core.match;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a job ad asks for, as read by {@link JobDescriptionParser}.
 *
 * @param title             the job title, or empty when none was found
 * @param requiredSkills    canonical taxonomy names, in the order first met
 * @param preferredSkills   canonical taxonomy names, never one that is also required
 * @param yearsRequired     the minimum years of experience asked for, when stated
 * @param educationRequired the lowest degree asked for as a requirement
 * @param certifications    certification display names from the match lexicon, in text order
 * @param responsibilities  the duty bullets, markers removed
 * @param keywords          at most {@link JobDescriptionParser#MAX_KEYWORDS}, heaviest first
 */
public record JobDescription(
        String title,
        Seniority seniority,
        List<String> requiredSkills,
        List<String> preferredSkills,
        OptionalInt yearsRequired,
        EducationLevel educationRequired,
        List<String> certifications,
        List<String> responsibilities,
        List<WeightedKeyword> keywords) {

    public JobDescription {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(yearsRequired, "yearsRequired");
        Objects.requireNonNull(educationRequired, "educationRequired");
        requiredSkills = List.copyOf(requiredSkills);
        preferredSkills = List.copyOf(preferredSkills);
        certifications = List.copyOf(certifications);
        responsibilities = List.copyOf(responsibilities);
        keywords = List.copyOf(keywords);
    }

    /** The result for text with nothing in it. */
    static JobDescription empty() {
        return new JobDescription("", Seniority.UNKNOWN, List.of(), List.of(), OptionalInt.empty(),
                EducationLevel.NONE, List.of(), List.of(), List.of());
    }
}
