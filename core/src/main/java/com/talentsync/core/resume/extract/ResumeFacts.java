package com.talentsync.core.resume.extract;

import java.util.List;
import java.util.Optional;

/**
 * Everything the extractor found in one resume's text, with lines referring to
 * {@code lines} (the normalised text split on line breaks).
 *
 * @param language          ISO 639-1 code of the detected language, e.g. "en"
 * @param extractionLimited true when the text is not English (or unreadable), so patterns
 *                          built for English resumes may have missed things
 */
public record ResumeFacts(
        List<String> lines,
        Contact contact,
        List<Section> sections,
        List<ExperienceEntry> experience,
        int totalExperienceMonths,
        List<Gap> gaps,
        List<EducationEntry> education,
        List<String> certifications,
        List<String> languages,
        List<Project> projects,
        String language,
        boolean extractionLimited) {

    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(section -> section.kind() == kind).findFirst();
    }
}
