package com.talentsync.core.match;

import com.talentsync.core.resume.skills.Skill;
import com.talentsync.core.resume.skills.SkillKind;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hard-skills part: the ad's required and preferred skills against the resume's.
 *
 * <p>A skill named in the resume (under any of its spellings) earns full credit. A broad skill
 * shown through a specific one ("Database Management" through PostgreSQL) earns
 * {@link RelatedSkills#COVER_CREDIT} and counts as found; a sibling (MySQL for PostgreSQL)
 * earns {@link RelatedSkills#SIBLING_CREDIT} but the skill stays missing, since the resume does
 * not show it. Required skills weigh twice as much as preferred ones: an ad's "must" is what
 * decides interviews.
 *
 * <p>Skills every resume claims weigh less: a soft skill ("Communication") a quarter, an
 * office tool ("Microsoft Excel") half. An ad asking for them is not wrong, but a requirement
 * nearly everyone meets says little about fit, and should not outweigh the skills of the trade.
 */
final class SkillFit {

    static final String NAME = "hardSkills";
    static final double REQUIRED_WEIGHT = 2.0;
    static final double PREFERRED_WEIGHT = 1.0;
    static final double SOFT_SKILL_SHARE = 0.25;
    static final double OFFICE_TOOL_SHARE = 0.5;

    /** What the part found, for the result's lists and for suggestions. */
    record Outcome(MatchComponent component, List<String> matched, List<String> missingRequired,
                   List<String> missingPreferred, Map<String, RelatedSkills.Credit> related) {}

    private SkillFit() {}

    static Outcome score(JobDescription ad, ResumeEvidence resume, RelatedSkills relations, SkillTaxonomy taxonomy,
                         double weight) {
        List<String> required = ad.requiredSkills();
        List<String> preferred = ad.preferredSkills();
        if (required.isEmpty() && preferred.isEmpty()) {
            return new Outcome(new MatchComponent(NAME, 0, 0,
                    "The ad names no skills TalentSync knows, so this part is left out; the keywords part reads its wording."),
                    List.of(), List.of(), List.of(), Map.of());
        }
        Map<String, RelatedSkills.Credit> related = new LinkedHashMap<>();
        Tally req = tally(required, resume, relations, taxonomy, related);
        Tally pref = tally(preferred, resume, relations, taxonomy, related);
        double earned = REQUIRED_WEIGHT * req.credit + PREFERRED_WEIGHT * pref.credit;
        double possible = REQUIRED_WEIGHT * req.possible + PREFERRED_WEIGHT * pref.possible;
        int score = (int) Math.round(100 * earned / possible);
        List<String> matched = new ArrayList<>(req.found);
        matched.addAll(pref.found);
        String explanation = sentence("required", required.size(), req) + " " + sentence("preferred", preferred.size(), pref);
        return new Outcome(new MatchComponent(NAME, score, weight, explanation.strip()), matched, req.missing,
                pref.missing, related);
    }

    private static final class Tally {
        double credit;
        double possible;
        final List<String> found = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    private static Tally tally(List<String> skills, ResumeEvidence resume, RelatedSkills relations,
                               SkillTaxonomy taxonomy, Map<String, RelatedSkills.Credit> related) {
        Tally tally = new Tally();
        for (String skill : skills) {
            double share = share(taxonomy, skill);
            tally.possible += share;
            if (resume.hasSkill(skill)) {
                tally.credit += share;
                tally.found.add(skill);
                continue;
            }
            var credit = relations.best(skill, resume.skills.keySet());
            if (credit.isEmpty()) {
                tally.missing.add(skill);
                continue;
            }
            RelatedSkills.Credit c = credit.get();
            related.put(skill, c);
            tally.credit += share * c.credit();
            if (c.group().isEmpty()) {
                tally.found.add(skill);
                tally.notes.add(skill + " through " + c.via());
            } else {
                tally.missing.add(skill);
                tally.notes.add(skill + " partly, through " + c.via());
            }
        }
        return tally;
    }

    /** How much one skill counts, by how common a claim it is. */
    static double share(SkillTaxonomy taxonomy, String name) {
        Skill skill = taxonomy.lookup(name).orElse(null);
        if (skill == null) {
            return 1;
        }
        if (skill.kind() == SkillKind.SOFT_SKILL) {
            return SOFT_SKILL_SHARE;
        }
        return "office".equals(skill.area()) ? OFFICE_TOOL_SHARE : 1;
    }

    /** "4 of 6 required skills found (Database Management through PostgreSQL); missing Kafka, Terraform." */
    private static String sentence(String kind, int asked, Tally tally) {
        if (asked == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append(tally.found.size()).append(" of ").append(asked).append(' ').append(kind)
                .append(asked == 1 ? " skill found" : " skills found");
        if (!tally.notes.isEmpty()) {
            out.append(" (credited ").append(String.join(", ", tally.notes)).append(')');
        }
        if (!tally.missing.isEmpty()) {
            out.append("; missing ").append(String.join(", ", tally.missing));
        }
        return out.append('.').toString();
    }
}
