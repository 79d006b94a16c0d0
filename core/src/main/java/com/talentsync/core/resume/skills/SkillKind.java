package com.talentsync.core.resume.skills;

/** What sort of skill a taxonomy entry is. */
public enum SkillKind {
    LANGUAGE,
    FRAMEWORK,
    TOOL,
    PLATFORM,
    METHOD,
    SOFT_SKILL,
    DOMAIN
}
