package com.talentsync.core.resume.skills;

import java.util.List;

/**
 * One canonical skill of the taxonomy.
 *
 * @param area     the field it belongs to, e.g. "software", "data", "finance", "health"
 * @param aliases  other spellings that mean this skill ("JS", "Javascript" for JavaScript)
 * @param ambiguous true for short or common-word names ("R", "Go", "C", "Excel"?) that count
 *                 only where the text is about skills
 */
public record Skill(String name, SkillKind kind, String area, List<String> aliases, boolean ambiguous) {}
