package com.talentsync.app.gui.match;

import com.talentsync.app.gui.DropSupport;
import com.talentsync.core.store.StoredJob;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The job-ad half of the Match screen: a stored ad, or a new one pasted, read from a file or
 * fetched from the web (with progress and cancel); the ad's text shows the skills the resume has
 * and the ones it lacks.
 */
final class JobSide extends VBox {

    private final MatchJobs jobs;
    private final ComboBox<StoredJob> combo = new ComboBox<>();
    private boolean syncing;

    JobSide(MatchJobs jobs, Runnable paste, Runnable openFile, Runnable fromUrl) {
        super(6);
        this.jobs = jobs;
        getStyleClass().addAll("match-side", "job-side");
        setPadding(new Insets(8, 10, 8, 8));

        Label title = new Label("Job ad");
        title.getStyleClass().add("title-4");
        Button pasteButton = button("Paste…", "paste-job-button", "Add a job ad from pasted text (Ctrl+Shift+V)", paste);
        Button openButton = button("File…", "open-job-button", "Add a job ad from a file (Ctrl+Shift+O); you can also drop one here", openFile);
        Button urlButton = button("URL…", "url-job-button", "Fetch a job ad from its web address (Ctrl+L)", fromUrl);
        for (Button button : new Button[] {pasteButton, openButton, urlButton}) {
            button.disableProperty().bind(jobs.loading());
        }
        setUpCombo();

        getChildren().addAll(ResumeSide.header(title, pasteButton, openButton, urlButton), combo, loadRow(), text(), legend());
        DropSupport.install(this, files -> jobs.openFile(files.getFirst()), jobs::addDropped);
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void setUpCombo() {
        combo.setId("job-combo");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setItems(jobs.jobs());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoredJob job) {
                return job == null ? "" : job.label();
            }

            @Override
            public StoredJob fromString(String text) {
                return null;
            }
        });
        combo.promptTextProperty().bind(Bindings.createStringBinding(
                () -> jobs.jobs().isEmpty() ? "No job ads yet: add one" : "Choose a saved job ad", jobs.jobs()));
        combo.valueProperty().addListener((observable, before, after) -> {
            if (!syncing && after != null) {
                jobs.choose(after);
                syncCombo();
            }
        });
        jobs.selectedProperty().addListener((observable, before, after) -> syncCombo());
        jobs.jobs().addListener((ListChangeListener<StoredJob>) change -> syncCombo());
    }

    private void syncCombo() {
        syncing = true;
        try {
            combo.setValue(jobs.selectedProperty().get());
        } finally {
            syncing = false;
        }
    }

    private HBox loadRow() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("job-loading");
        bar.setPrefWidth(120);
        Label message = new Label();
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(jobs.loadMessageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-job-load");
        cancel.setTooltip(new Tooltip("Stop adding this job ad (Esc)"));
        cancel.setOnAction(event -> jobs.cancelLoad());
        HBox row = new HBox(8, bar, message, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(jobs.loading());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private StackPane text() {
        HighlightedTextView highlighted = new HighlightedTextView(jobs.documentProperty());
        highlighted.setId("job-highlighted");
        Label empty = new Label("Choose a saved job ad, paste one, fetch one from a web address, or drop a file here.");
        empty.setId("job-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(jobs.selectedProperty().isNull());
        StackPane stack = new StackPane(highlighted, empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        StackPane.setMargin(empty, new Insets(8, 10, 8, 10));
        VBox.setVgrow(stack, Priority.ALWAYS);
        return stack;
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(12, 2, swatch("In your resume", "skill-matched"),
                swatch("Missing, required", "skill-missing-required"), swatch("Missing, welcome", "skill-missing-preferred"));
        legend.getStyleClass().add("match-legend");
        return legend;
    }

    private static Label swatch(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("legend-swatch", styleClass);
        return label;
    }
}
