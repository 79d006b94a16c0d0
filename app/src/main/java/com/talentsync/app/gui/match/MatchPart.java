package com.talentsync.app.gui.match;

import com.talentsync.core.match.MatchComponent;
import java.util.Locale;
import java.util.Map;

/**
 * One bar under the gauge: a score component with the name a user reads.
 *
 * @param key    the component's stable key, e.g. {@code hardSkills}
 * @param label  e.g. "Hard skills"
 * @param weight 0-1; 0 means the ad gave this part nothing to judge
 */
public record MatchPart(String key, String label, int score, double weight, String explanation) {

    private static final Map<String, String> LABELS = Map.of(
            "hardSkills", "Hard skills",
            "keywords", "Keywords",
            "semanticFit", "Meaning of duties",
            "titleSeniority", "Title and seniority",
            "experience", "Experience",
            "education", "Education");

    public static MatchPart of(MatchComponent component) {
        return new MatchPart(component.name(), labelOf(component.name()), component.score(), component.weight(),
                component.explanation());
    }

    /** The friendly name of a component key; an unknown key is split at its capitals. */
    public static String labelOf(String key) {
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        String spaced = key.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT).strip();
        return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** "35% of the score", or "not weighed" when the ad asks nothing this part could judge. */
    public String weightText() {
        return weight <= 0 ? "not weighed" : Math.round(weight * 100) + "% of the score";
    }

    public boolean counts() {
        return weight > 0;
    }
}
