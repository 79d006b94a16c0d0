package com.talentsync.app.gui.match;

import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.skills.SkillMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the skill mentions of a text into highlights: in both texts the skills the match found,
 * and in the job ad also the skills the resume lacks. Mentions of skills the ad never asked for
 * stay plain, so the colour always means something about this match.
 */
final class SkillHighlighter {

    private SkillHighlighter() {}

    static HighlightedText resume(String text, List<SkillMention> mentions, MatchResult result) {
        Map<String, Highlight.Kind> kinds = new HashMap<>();
        result.matchedSkills().forEach(skill -> kinds.putIfAbsent(key(skill), Highlight.Kind.MATCHED));
        return mark(text, mentions, kinds);
    }

    static HighlightedText job(String text, List<SkillMention> mentions, MatchResult result) {
        Map<String, Highlight.Kind> kinds = new HashMap<>();
        result.matchedSkills().forEach(skill -> kinds.putIfAbsent(key(skill), Highlight.Kind.MATCHED));
        result.missingRequired().forEach(skill -> kinds.putIfAbsent(key(skill), Highlight.Kind.MISSING_REQUIRED));
        result.missingPreferred().forEach(skill -> kinds.putIfAbsent(key(skill), Highlight.Kind.MISSING_PREFERRED));
        return mark(text, mentions, kinds);
    }

    private static HighlightedText mark(String text, List<SkillMention> mentions, Map<String, Highlight.Kind> kinds) {
        List<SkillMention> ordered = new ArrayList<>(mentions);
        // Longest first among equal starts, so "Spring Boot" wins over a "Spring" at the same place.
        ordered.sort(Comparator.comparingInt(SkillMention::start)
                .thenComparing(Comparator.comparingInt(SkillMention::end).reversed()));
        List<Highlight> highlights = new ArrayList<>();
        int covered = 0;
        for (SkillMention mention : ordered) {
            Highlight.Kind kind = kinds.get(key(mention.skill().name()));
            boolean inside = mention.start() >= covered && mention.end() <= text.length() && mention.start() < mention.end();
            if (kind != null && inside) {
                highlights.add(new Highlight(mention.start(), mention.end(), kind, mention.skill().name()));
                covered = mention.end();
            }
        }
        return new HighlightedText(text, highlights);
    }

    private static String key(String skill) {
        return skill.strip().toLowerCase(Locale.ROOT);
    }
}
