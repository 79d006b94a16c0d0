package com.talentsync.app.gui.screening;

import com.talentsync.core.screen.CandidateStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The selected candidate: why they scored as they did, their resume text (masked in blind review),
 * status and notes. Notes are saved after a short pause in typing and when the field loses focus.
 */
final class CandidateDetailPane extends StackPane {

    private static final Duration NOTES_PAUSE = Duration.millis(800);

    private final ScreeningViewModel viewModel;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final ComboBox<CandidateStatus> status = new ComboBox<>();
    private final VBox why = new VBox(10);
    private final TextArea text = new TextArea();
    private final TextArea notes = new TextArea();
    private final ChangeListener<CandidateStatus> statusFollower = (observable, before, after) -> showStatus(after);
    private boolean showingStatus;

    CandidateDetailPane(ScreeningViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("candidate-detail");

        title.setId("detail-title");
        title.getStyleClass().add("title-3");
        meta.setId("detail-meta");
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);

        status.setId("detail-status");
        status.getItems().setAll(CandidateStatus.values());
        status.setConverter(StatusText.INSTANCE);
        status.setTooltip(new Tooltip("Where this candidate stands; saved at once"));
        status.setOnAction(event -> {
            if (!showingStatus && status.getValue() != null) {
                viewModel.setStatus(viewModel.selectedProperty().get(), status.getValue());
            }
        });
        Button shortlist = new Button("Shortlist");
        shortlist.setId("shortlist-button");
        shortlist.setTooltip(new Tooltip("Shortlist, or take back to New (Ctrl+S)"));
        shortlist.setOnAction(event -> viewModel.toggleShortlist());
        HBox actions = new HBox(8, new Label("Status"), status, shortlist);
        actions.setAlignment(Pos.CENTER_LEFT);

        text.setId("detail-text");
        text.setEditable(false);
        text.setWrapText(true);
        ScrollPane whyScroll = new ScrollPane(why);
        whyScroll.setFitToWidth(true);
        why.setPadding(new Insets(8));
        Tab whyTab = new Tab("Why this score", whyScroll);
        whyTab.setId("why-tab");
        Tab textTab = new Tab("Resume text", text);
        textTab.setId("resume-text-tab");
        TabPane tabs = new TabPane(whyTab, textTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        notes.setId("detail-notes");
        notes.setPromptText("Notes for this candidate: saved as you type");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(viewModel.notesDraftProperty());
        installNotesSaving();

        VBox content = new VBox(8, title, meta, actions, tabs, new Label("Notes"), notes);
        content.setPadding(new Insets(8, 8, 8, 12));
        content.visibleProperty().bind(viewModel.selectedProperty().isNotNull());

        Label hint = new Label("Select a candidate to see why they scored as they did.");
        hint.getStyleClass().addAll("text-muted", "empty-state");
        hint.visibleProperty().bind(viewModel.selectedProperty().isNull());
        getChildren().setAll(hint, content);

        viewModel.detailProperty().addListener((observable, before, after) -> show(after));
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (before != null) {
                before.statusProperty().removeListener(statusFollower);
            }
            if (after != null) {
                after.statusProperty().addListener(statusFollower);
                showStatus(after.statusProperty().get());
            }
        });
        show(viewModel.detailProperty().get());
    }

    private void installNotesSaving() {
        PauseTransition pause = new PauseTransition(NOTES_PAUSE);
        pause.setOnFinished(event -> viewModel.commitNotes());
        notes.textProperty().addListener((observable, before, after) -> {
            if (notes.isFocused()) {
                pause.playFromStart();
            }
        });
        notes.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                pause.stop();
                viewModel.commitNotes();
            }
        });
    }

    private void showStatus(CandidateStatus value) {
        showingStatus = true;
        status.setValue(value);
        showingStatus = false;
    }

    private void show(Optional<CandidateDetail> shown) {
        if (shown.isEmpty()) {
            title.setText("");
            meta.setText("");
            text.setText("");
            why.getChildren().clear();
            return;
        }
        CandidateDetail detail = shown.get();
        title.setText(detail.title());
        meta.setText(detail.meta());
        text.setText(detail.text());
        why.getChildren().setAll(components(detail.components()),
                chips("Must-haves and preferred skills shown", detail.matchedSkills(), "chip-matched"),
                chips("Must-haves missing", detail.missingRequired(), "chip-missing"),
                chips("Preferred skills missing", detail.missingPreferred(), "chip-preferred"));
        if (!detail.warnings().isEmpty()) {
            Label warnings = new Label(String.join("\n", detail.warnings()));
            warnings.setWrapText(true);
            warnings.getStyleClass().add("detail-warnings");
            why.getChildren().add(section("Noticed and ignored", warnings));
        }
    }

    private static Node components(List<CandidateDetail.Component> parts) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int line = 0;
        for (CandidateDetail.Component part : parts) {
            ProgressBar bar = new ProgressBar(part.score() / 100.0);
            bar.setPrefWidth(120);
            Label score = new Label(String.format(Locale.ROOT, "%d · weight %.0f%%", part.score(), part.weight() * 100));
            score.getStyleClass().add("text-muted");
            Label explanation = new Label(part.explanation());
            explanation.setWrapText(true);
            explanation.getStyleClass().add("text-small");
            grid.addRow(line++, new Label(part.label()), bar, score);
            grid.add(explanation, 0, line++, 3, 1);
        }
        return section("Score parts", grid);
    }

    private static Node chips(String heading, List<String> skills, String styleClass) {
        FlowPane flow = new FlowPane(6, 6);
        if (skills.isEmpty()) {
            Label none = new Label("None");
            none.getStyleClass().add("text-muted");
            flow.getChildren().add(none);
        }
        for (String skill : skills) {
            Label chip = new Label(skill);
            chip.getStyleClass().addAll("skill-chip", styleClass);
            flow.getChildren().add(chip);
        }
        return section(heading, flow);
    }

    private static Node section(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().add("analysis-heading");
        return new VBox(4, label, body);
    }
}
