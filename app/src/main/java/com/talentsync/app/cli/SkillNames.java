package com.talentsync.app.cli;

import com.talentsync.core.resume.skills.FoundSkill;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.util.List;

/** The shipped taxonomy's skill names in a text, for {@code eval extract}; loaded on first use. */
public final class SkillNames {

    public static final String TAXONOMY_LABEL = "(shipped)";

    private SkillNames() {}

    public static List<String> find(String text) {
        return Holder.FINDER.find(text, List.of()).stream().map(FoundSkill::skill).map(skill -> skill.name()).toList();
    }

    private static final class Holder {
        static final SkillFinder FINDER = new SkillFinder(SkillTaxonomy.shipped());
    }
}
