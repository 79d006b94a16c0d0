package com.talentsync.app.gui.match;

import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.skills.SkillMention;
import java.util.List;
import java.util.Objects;

/**
 * A scored match with the skill mentions of both texts, so the screen can highlight the words
 * behind the matched and missing skills.
 *
 * @param resumeMentions mentions in the resume text given to {@link MatchBackend#match}
 * @param jobMentions    mentions in the job text given to it
 */
public record PreparedMatch(MatchResult result, List<SkillMention> resumeMentions, List<SkillMention> jobMentions) {
    public PreparedMatch {
        Objects.requireNonNull(result, "result");
        resumeMentions = List.copyOf(resumeMentions);
        jobMentions = List.copyOf(jobMentions);
    }
}
