package com.talentsync.app.cli;

import com.talentsync.core.match.MatchComponent;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.match.Suggestion;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code match --json} contract: {@code score, components {name: {score, weight,
 * explanation}}, matchedSkills, missingRequired, missingPreferred, suggestions}, then extras.
 * Field names are a contract with scripts; add fields, never rename them.
 */
final class MatchJson {

    private MatchJson() {}

    static Map<String, Object> of(MatchResult result, String jobTitle, String jobCompany) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("score", result.score());
        Map<String, Object> components = new LinkedHashMap<>();
        for (MatchComponent component : result.components().values()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("score", component.score());
            part.put("weight", Math.round(component.weight() * 1000) / 1000.0);
            part.put("explanation", component.explanation());
            components.put(component.name(), part);
        }
        json.put("components", components);
        json.put("matchedSkills", result.matchedSkills());
        json.put("missingRequired", result.missingRequired());
        json.put("missingPreferred", result.missingPreferred());
        json.put("suggestions", result.suggestions().stream().map(MatchJson::sentence).toList());
        json.put("missingKeywords", result.missingKeywords());
        json.put("warnings", result.warnings());
        json.put("suggestionDetails", result.suggestions().stream().map(MatchJson::detail).toList());
        json.put("job", Map.of("title", jobTitle, "company", jobCompany));
        return json;
    }

    /** A suggestion as one readable line: where first, when it has a where. */
    static String sentence(Suggestion suggestion) {
        return suggestion.where().isBlank() ? suggestion.text() : suggestion.where() + ": " + suggestion.text();
    }

    private static Map<String, Object> detail(Suggestion suggestion) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", suggestion.text());
        json.put("where", suggestion.where());
        json.put("line", suggestion.line() < 0 ? null : suggestion.line() + 1);
        return json;
    }
}
