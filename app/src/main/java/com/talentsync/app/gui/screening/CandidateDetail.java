package com.talentsync.app.gui.screening;

import com.talentsync.core.match.MatchComponent;
import com.talentsync.core.match.MatchResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the detail pane shows for the selected candidate, already masked when blind review is on.
 *
 * @param title      the name, or the blind label
 * @param meta       score, category, years and (not blind) the file
 * @param text       the resume text, masked when blind
 * @param components the parts of the score, in the matcher's order
 */
public record CandidateDetail(
        String title,
        String meta,
        String text,
        List<Component> components,
        List<String> matchedSkills,
        List<String> missingRequired,
        List<String> missingPreferred,
        List<String> warnings) {

    /** One part of the score as a person reads it. */
    public record Component(String label, int score, double weight, String explanation) {}

    private static final Map<String, String> LABELS = Map.of(
            "hardSkills", "Hard skills",
            "keywords", "Keywords",
            "semanticFit", "Overall fit",
            "titleSeniority", "Title and seniority",
            "experience", "Experience",
            "education", "Education");

    public CandidateDetail {
        components = List.copyOf(components);
        matchedSkills = List.copyOf(matchedSkills);
        missingRequired = List.copyOf(missingRequired);
        missingPreferred = List.copyOf(missingPreferred);
        warnings = List.copyOf(warnings);
    }

    /** The row as it shows now: its name and text follow the blind-review switch. */
    static CandidateDetail of(CandidateRow row) {
        MatchResult match = row.resume().match();
        String meta = String.format(Locale.ROOT, "Score %d · %s · %.1f years", row.score(), row.category(), row.years())
                + " · " + row.fileBinding().get();
        List<Component> components = match.components().values().stream()
                .map(CandidateDetail::component)
                .toList();
        return new CandidateDetail(row.nameBinding().get(), meta, row.visibleText(),
                components, match.matchedSkills(), match.missingRequired(), match.missingPreferred(), match.warnings());
    }

    private static Component component(MatchComponent part) {
        return new Component(LABELS.getOrDefault(part.name(), part.name()), part.score(), part.weight(), part.explanation());
    }
}
