package com.talentsync.app.gui.screening;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.textfield.TextFields;

/** Category, minimum score, must-have skills, minimum years and search; every change filters at once. */
final class FilterBar extends FlowPane {

    private final TextField search = TextFields.createClearableTextField();

    FilterBar(ScreeningViewModel viewModel) {
        super(12, 6);
        getStyleClass().add("screening-filters");
        setPadding(new Insets(6, 10, 6, 10));
        setAlignment(Pos.CENTER_LEFT);
        ScreeningFilters filters = viewModel.filters();

        ComboBox<String> category = new ComboBox<>(filters.categories());
        category.setId("filter-category");
        category.valueProperty().bindBidirectional(filters.categoryProperty());
        category.setTooltip(new Tooltip("Show one job category only"));

        Slider minScore = new Slider(0, 100, 0);
        minScore.setId("filter-min-score");
        minScore.setMajorTickUnit(25);
        minScore.setBlockIncrement(5);
        minScore.setPrefWidth(120);
        minScore.valueProperty().bindBidirectional(filters.minScoreProperty());
        Label scoreValue = new Label();
        scoreValue.setMinWidth(24);
        scoreValue.textProperty().bind(filters.minScoreProperty().asString());
        minScore.setTooltip(new Tooltip("Hide candidates scoring below this"));

        TextField skills = new TextField();
        skills.setId("filter-skills");
        skills.setPromptText("Must-have skills, e.g. Java, SQL");
        skills.setPrefColumnCount(16);
        skills.textProperty().bindBidirectional(filters.mustHaveSkillsProperty());
        skills.setTooltip(new Tooltip("Show only candidates with all of these skills (separate with commas)"));

        Spinner<Integer> minYears = new Spinner<>(0, 40, 0);
        minYears.setId("filter-min-years");
        minYears.setEditable(true);
        minYears.setPrefWidth(80);
        minYears.getValueFactory().valueProperty().addListener((observable, before, after) ->
                filters.minYearsProperty().set(after == null ? 0 : after));
        filters.minYearsProperty().addListener((observable, before, after) -> minYears.getValueFactory().setValue(after.intValue()));
        minYears.setTooltip(new Tooltip("Hide candidates with fewer years of experience"));

        search.setId("filter-search");
        search.setPromptText("Search (Ctrl+F)");
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(filters.queryProperty());
        search.setTooltip(new Tooltip("Words to find in name, file, skills, notes and text; in blind review, the masked text only"));

        Button clear = new Button("Clear filters");
        clear.setId("clear-filters");
        clear.disableProperty().bind(filters.active().not());
        clear.setOnAction(event -> filters.clear());

        Label count = new Label();
        count.setId("candidate-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(viewModel.countText());

        getChildren().setAll(
                group("Category", category),
                group("Min score", minScore, scoreValue),
                skills,
                group("Min years", minYears),
                search, clear, count);
        disableProperty().bind(Bindings.isNull(viewModel.jobs().selectedProperty()));
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static HBox group(String title, javafx.scene.Node... controls) {
        HBox box = new HBox(6, new Label(title));
        box.getChildren().addAll(controls);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
