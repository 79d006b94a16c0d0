package com.talentsync.core.resume.skills;

import java.util.Set;

/** A taxonomy skill found in a resume, with every place it was found and how often. */
public record FoundSkill(Skill skill, Set<SkillContext> foundIn, int mentions) {}
