package com.talentsync.core.resume.skills;

/**
 * One place a skill is mentioned: characters {@code [start, end)} of the text given to the
 * finder, for highlighting and for checking the finder against annotated resumes.
 */
public record SkillMention(Skill skill, int start, int end, SkillContext context) {}
