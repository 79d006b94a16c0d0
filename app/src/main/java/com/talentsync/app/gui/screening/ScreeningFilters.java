package com.talentsync.app.gui.screening;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The filter bar's values as properties, and the {@link CandidateFilter} they make, kept current. */
public final class ScreeningFilters {

    /** The category choice that filters nothing. */
    public static final String ALL_CATEGORIES = "All categories";

    private final StringProperty category = new SimpleStringProperty(ALL_CATEGORIES);
    private final ObservableList<String> categories = FXCollections.observableArrayList(ALL_CATEGORIES);
    private final IntegerProperty minScore = new SimpleIntegerProperty(0);
    private final StringProperty mustHaveSkills = new SimpleStringProperty("");
    private final IntegerProperty minYears = new SimpleIntegerProperty(0);
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CandidateFilter> filter = new ReadOnlyObjectWrapper<>(CandidateFilter.NONE);
    private final BooleanBinding active = filter.isNotEqualTo(CandidateFilter.NONE);

    ScreeningFilters() {
        for (ObservableValue<?> value : List.of(category, minScore, mustHaveSkills, minYears, query)) {
            value.addListener((observable, before, after) -> filter.set(build()));
        }
    }

    /** The category to show, or {@link #ALL_CATEGORIES}. */
    public StringProperty categoryProperty() {
        return category;
    }

    /** {@link #ALL_CATEGORIES} and then the ranking's categories, sorted. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** 0-100. */
    public IntegerProperty minScoreProperty() {
        return minScore;
    }

    /** Skills separated by commas, all required. */
    public StringProperty mustHaveSkillsProperty() {
        return mustHaveSkills;
    }

    public IntegerProperty minYearsProperty() {
        return minYears;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<CandidateFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** True when any filter narrows the ranking. */
    public BooleanBinding active() {
        return active;
    }

    public void clear() {
        category.set(ALL_CATEGORIES);
        minScore.set(0);
        mustHaveSkills.set("");
        minYears.set(0);
        query.set("");
    }

    void setCategories(List<String> found) {
        List<String> choices = new ArrayList<>();
        choices.add(ALL_CATEGORIES);
        choices.addAll(found);
        String current = category.get();
        categories.setAll(choices);
        // Replacing a ComboBox's items may clear its value; the choice stays when it still exists.
        category.set(choices.contains(current) ? current : ALL_CATEGORIES);
    }

    private CandidateFilter build() {
        String chosen = category.get() == null || ALL_CATEGORIES.equals(category.get()) ? "" : category.get();
        return new CandidateFilter(chosen, minScore.get(), CandidateFilter.parseSkills(nullToEmpty(mustHaveSkills.get())),
                minYears.get(), nullToEmpty(query.get()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
