package com.talentsync.core.resume.extract;

/** The resume sections TalentSync recognises by their headings (and common variants). */
public enum SectionKind {
    CONTACT,
    SUMMARY,
    EXPERIENCE,
    EDUCATION,
    SKILLS,
    PROJECTS,
    CERTIFICATIONS,
    LANGUAGES,
    PUBLICATIONS,
    ACHIEVEMENTS,
    VOLUNTEERING,
    POSITIONS_OF_RESPONSIBILITY,
    /** Text before the first heading, or under a heading we do not know. */
    OTHER
}
