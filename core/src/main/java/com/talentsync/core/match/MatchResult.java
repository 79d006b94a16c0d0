package com.talentsync.core.match;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one resume fits one job ad, and why.
 *
 * @param score            0-100, the weighted mean of the components
 * @param components       by {@link MatchComponent#name()}, in a fixed order
 * @param matchedSkills    the ad's skills (required, then preferred) the resume shows
 * @param missingRequired  required skills the resume does not show
 * @param missingPreferred preferred skills the resume does not show
 * @param missingKeywords  the ad's heaviest terms the resume does not use, heaviest first
 * @param suggestions      what to change, most useful first
 * @param warnings         what was noticed and ignored: keyword stuffing, hidden text,
 *                         instructions aimed at a screening program
 */
public record MatchResult(
        int score,
        Map<String, MatchComponent> components,
        List<String> matchedSkills,
        List<String> missingRequired,
        List<String> missingPreferred,
        List<String> missingKeywords,
        List<Suggestion> suggestions,
        List<String> warnings) {

    public MatchResult {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of 0-100: " + score);
        }
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        matchedSkills = List.copyOf(matchedSkills);
        missingRequired = List.copyOf(missingRequired);
        missingPreferred = List.copyOf(missingPreferred);
        missingKeywords = List.copyOf(missingKeywords);
        suggestions = List.copyOf(suggestions);
        warnings = List.copyOf(warnings);
    }
}
