package com.talentsync.core.resume.skills;

/** Where in a resume a skill was found. */
public enum SkillContext {
    SKILLS_SECTION,
    EXPERIENCE,
    PROJECTS,
    OTHER
}
