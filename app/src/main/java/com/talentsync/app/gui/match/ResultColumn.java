package com.talentsync.app.gui.match;

import com.talentsync.app.task.OperationState;
import com.talentsync.core.match.Suggestion;
import com.talentsync.core.store.StoredMatch;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The middle of the Match screen: warnings, the score gauge, one bar per component, the skill
 * chips, the suggestions (each jumps to its resume line) and the score over time.
 */
final class ResultColumn extends StackPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final MatchViewModel viewModel;
    private final ScoreSheet sheet;

    ResultColumn(MatchViewModel viewModel) {
        this.viewModel = viewModel;
        this.sheet = viewModel.sheet();
        getStyleClass().add("match-result");

        VBox content = new VBox(14, warnings(), scoreRow(), bars(),
                chips("In your resume", "matched-chips", "chip-matched", sheet.matchedSkills()),
                chips("Missing, required", "missing-required-chips", "chip-missing-required", sheet.missingRequired()),
                chips("Missing, welcome", "missing-preferred-chips", "chip-missing-preferred", sheet.missingPreferred()),
                missingKeywords(), suggestions(), history());
        content.setPadding(new Insets(10, 14, 14, 14));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("match-result");
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(sheet.resultProperty().isNotNull());
        // An outdated result stays readable but fades until the new score arrives.
        content.opacityProperty().bind(Bindings.when(viewModel.resultOutdated()).then(0.55).otherwise(1.0));

        Label empty = new Label();
        empty.setId("match-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        empty.textProperty().bind(viewModel.emptyMessage());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(28, 28);
        spinner.visibleProperty().bind(viewModel.scoreStateProperty().isEqualTo(OperationState.RUNNING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        VBox placeholder = new VBox(10, spinner, empty);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setPadding(new Insets(30));
        placeholder.visibleProperty().bind(sheet.resultProperty().isNull());
        getChildren().addAll(placeholder, scroll);
    }

    private Node warnings() {
        Label banner = new Label();
        banner.setId("match-warnings");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().add("match-warning-banner");
        banner.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", sheet.warnings()), sheet.warnings()));
        banner.visibleProperty().bind(Bindings.isNotEmpty(sheet.warnings()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node scoreRow() {
        ScoreGauge gauge = new ScoreGauge(sheet.scoreProperty(), sheet.bandProperty());
        Tooltip.install(gauge, new Tooltip("The weighted mean of the parts below; Ctrl+Enter scores again now"));
        Label status = new Label();
        status.setId("score-status");
        status.getStyleClass().addAll("text-muted", "text-small");
        status.textProperty().bind(Bindings.when(viewModel.resultOutdated()
                        .or(viewModel.scoreStateProperty().isEqualTo(OperationState.RUNNING)))
                .then("Updating…")
                .otherwise("Edits are scored as you type; Ctrl+Enter scores now."));
        status.setWrapText(true);
        status.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox row = new VBox(2, gauge, status);
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private Node bars() {
        VBox bars = new VBox(8);
        bars.setId("component-bars");
        Runnable rebuild = () -> bars.getChildren().setAll(sheet.parts().stream().map(ResultColumn::bar).toList());
        sheet.parts().addListener((ListChangeListener<MatchPart>) change -> rebuild.run());
        rebuild.run();
        return bars;
    }

    private static Node bar(MatchPart part) {
        Label name = new Label(part.label());
        name.getStyleClass().add("component-name");
        Label weight = new Label(part.weightText());
        weight.getStyleClass().addAll("text-muted", "text-small");
        Label value = new Label(part.counts() ? String.valueOf(part.score()) : "–");
        value.getStyleClass().add("component-score");
        ProgressBar bar = new ProgressBar(part.score() / 100.0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add(part.counts() ? ScoreBand.of(part.score()).styleClass() : "gauge-none");
        bar.setDisable(!part.counts());
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        Label explanation = new Label(part.explanation());
        explanation.setWrapText(true);
        explanation.getStyleClass().addAll("text-muted", "text-small");
        VBox box = new VBox(2, new HBox(6, name, weight), new HBox(8, bar, value), explanation);
        box.setId("component-" + part.key());
        Tooltip.install(box, new Tooltip(part.label() + " " + part.score() + "/100, " + part.weightText() + ". " + part.explanation()));
        return box;
    }

    private static Node chips(String title, String id, String chipClass, ObservableList<String> skills) {
        Label heading = new Label();
        heading.getStyleClass().add("match-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> title + " (" + skills.size() + ")", skills));
        FlowPane pane = new FlowPane(6, 6);
        pane.setId(id);
        Runnable rebuild = () -> pane.getChildren().setAll(skills.stream().map(skill -> {
            Label chip = new Label(skill);
            chip.getStyleClass().addAll("match-chip", chipClass);
            return chip;
        }).toList());
        skills.addListener((ListChangeListener<String>) change -> rebuild.run());
        rebuild.run();
        VBox box = new VBox(4, heading, pane);
        box.visibleProperty().bind(Bindings.isNotEmpty(skills));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node missingKeywords() {
        Label label = new Label();
        label.setId("missing-keywords");
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        label.textProperty().bind(Bindings.createStringBinding(
                () -> "Terms the ad uses that your resume does not: " + String.join(", ", sheet.missingKeywords()),
                sheet.missingKeywords()));
        label.visibleProperty().bind(Bindings.isNotEmpty(sheet.missingKeywords()));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Node suggestions() {
        Label heading = new Label("Suggestions");
        heading.getStyleClass().add("match-heading");
        VBox list = new VBox(6);
        list.setId("suggestions");
        Runnable rebuild = () -> list.getChildren().setAll(sheet.suggestions().stream().map(this::suggestion).toList());
        sheet.suggestions().addListener((ListChangeListener<Suggestion>) change -> rebuild.run());
        rebuild.run();
        VBox box = new VBox(4, heading, list);
        box.visibleProperty().bind(Bindings.isNotEmpty(sheet.suggestions()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node suggestion(Suggestion suggestion) {
        Node text;
        if (suggestion.line() >= 0) {
            Hyperlink link = new Hyperlink(suggestion.text());
            link.setWrapText(true);
            link.setTooltip(new Tooltip("Show the line in the resume text"));
            link.setOnAction(event -> viewModel.reveal(suggestion));
            text = link;
        } else {
            Label label = new Label(suggestion.text());
            label.setWrapText(true);
            text = label;
        }
        VBox row = new VBox(0, text);
        if (!suggestion.where().isBlank()) {
            Label where = new Label(suggestion.where());
            where.getStyleClass().addAll("text-muted", "text-small");
            row.getChildren().add(where);
        }
        return row;
    }

    private Node history() {
        Label heading = new Label("Score over time");
        heading.getStyleClass().add("match-heading");
        Label summary = new Label();
        summary.setId("history-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.history().summary());

        NumberAxis matchAxis = new NumberAxis();
        matchAxis.setLabel("Match");
        matchAxis.setForceZeroInRange(false);
        matchAxis.setMinorTickVisible(false);
        matchAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double number = value.doubleValue();
                return number == Math.rint(number) ? String.valueOf((long) number) : ""; // no label at the padded end
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        NumberAxis scoreAxis = new NumberAxis(0, 100, 25);
        LineChart<Number, Number> chart = new LineChart<>(matchAxis, scoreAxis);
        chart.setId("history-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(170);
        chart.setMinHeight(140);
        ObservableList<StoredMatch> matches = viewModel.history().matches();
        matches.addListener((ListChangeListener<StoredMatch>) change -> plot(chart, matches));
        chart.visibleProperty().bind(Bindings.size(matches).greaterThan(1));
        chart.managedProperty().bind(chart.visibleProperty());

        VBox box = new VBox(4, heading, summary, chart);
        box.visibleProperty().bind(summary.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static void plot(LineChart<Number, Number> chart, List<StoredMatch> matches) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < matches.size(); i++) {
            series.getData().add(new XYChart.Data<>(i + 1, matches.get(i).score()));
        }
        chart.getData().setAll(List.of(series));
        for (int i = 0; i < matches.size(); i++) {
            Node point = series.getData().get(i).getNode();
            if (point != null) {
                StoredMatch match = matches.get(i);
                Tooltip.install(point, new Tooltip("Match " + (i + 1) + ": " + match.score() + " on "
                        + WHEN.format(match.createdAt().atZone(ZoneId.systemDefault()))));
            }
        }
        // Whole match numbers only: an auto-ranged axis would label 1.5, 2.5...
        NumberAxis axis = (NumberAxis) chart.getXAxis();
        axis.setAutoRanging(false);
        axis.setLowerBound(1);
        axis.setUpperBound(Math.max(2, matches.size()) + 0.25); // room for the last point's symbol
        axis.setTickUnit(Math.max(1, Math.ceil(matches.size() / 8.0)));
    }
}
