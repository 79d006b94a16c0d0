package com.talentsync.app.gui.match;

import com.talentsync.core.match.MatchResult;
import com.talentsync.core.match.Suggestion;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shown match result as observable pieces: score and band, the component bars, the skill
 * lists, suggestions and warnings. Part of {@link MatchViewModel}; only it changes the sheet.
 */
public final class ScoreSheet {

    private final ReadOnlyObjectWrapper<MatchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper score = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<ScoreBand> band = new ReadOnlyObjectWrapper<>(ScoreBand.NONE);
    private final ObservableList<MatchPart> parts = FXCollections.observableArrayList();
    private final ObservableList<String> matchedSkills = FXCollections.observableArrayList();
    private final ObservableList<String> missingRequired = FXCollections.observableArrayList();
    private final ObservableList<String> missingPreferred = FXCollections.observableArrayList();
    private final ObservableList<String> missingKeywords = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();

    // Made once: an unmodifiable view listens to its list weakly, so a fresh one per call could
    // be collected together with the listeners bound to it.
    private final ObservableList<MatchPart> partsView = FXCollections.unmodifiableObservableList(parts);
    private final ObservableList<String> matchedSkillsView = FXCollections.unmodifiableObservableList(matchedSkills);
    private final ObservableList<String> missingRequiredView = FXCollections.unmodifiableObservableList(missingRequired);
    private final ObservableList<String> missingPreferredView = FXCollections.unmodifiableObservableList(missingPreferred);
    private final ObservableList<String> missingKeywordsView = FXCollections.unmodifiableObservableList(missingKeywords);
    private final ObservableList<Suggestion> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);

    ScoreSheet() {}

    void show(MatchResult shown) {
        parts.setAll(shown.components().values().stream().map(MatchPart::of).toList());
        matchedSkills.setAll(shown.matchedSkills());
        missingRequired.setAll(shown.missingRequired());
        missingPreferred.setAll(shown.missingPreferred());
        missingKeywords.setAll(shown.missingKeywords());
        suggestions.setAll(shown.suggestions());
        warnings.setAll(shown.warnings());
        score.set(shown.score());
        band.set(ScoreBand.of(shown.score()));
        // Last, so a listener on the result sees every list already filled.
        result.set(shown);
    }

    void clear() {
        result.set(null);
        score.set(-1);
        band.set(ScoreBand.NONE);
        parts.clear();
        matchedSkills.clear();
        missingRequired.clear();
        missingPreferred.clear();
        missingKeywords.clear();
        suggestions.clear();
        warnings.clear();
    }

    public Optional<MatchResult> result() {
        return Optional.ofNullable(result.get());
    }

    public ReadOnlyObjectProperty<MatchResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** 0-100, or -1 while nothing is scored. */
    public ReadOnlyIntegerProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoreBand> bandProperty() {
        return band.getReadOnlyProperty();
    }

    public ObservableList<MatchPart> parts() {
        return partsView;
    }

    public ObservableList<String> matchedSkills() {
        return matchedSkillsView;
    }

    public ObservableList<String> missingRequired() {
        return missingRequiredView;
    }

    public ObservableList<String> missingPreferred() {
        return missingPreferredView;
    }

    public ObservableList<String> missingKeywords() {
        return missingKeywordsView;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestionsView;
    }

    public ObservableList<String> warnings() {
        return warningsView;
    }
}
