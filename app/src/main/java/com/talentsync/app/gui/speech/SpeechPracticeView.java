package com.talentsync.app.gui.speech;

import com.talentsync.app.gui.DropSupport;
import com.talentsync.app.task.OperationState;
import com.talentsync.speech.audio.AudioFiles;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Speech practice page: the recorder on top with "Open audio file…" beside it, the latest
 * (or a chosen past) attempt in the middle, and past attempts on the right. Audio files may be
 * dropped anywhere on the page.
 *
 * <p>Keys: Space or Ctrl+R record and stop, Esc cancels the recording or the file being
 * transcribed, Ctrl+O opens an audio file, Enter on a past attempt shows it.
 */
public final class SpeechPracticeView extends BorderPane {


    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final SpeechPracticeViewModel viewModel;

    public SpeechPracticeView(SpeechPracticeViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("speech-practice-view");
        RecorderPane recorder = new RecorderPane(viewModel.recorder());
        VBox top = new VBox(10, recorder, fileRow());
        top.getStyleClass().add("speech-practice-top");
        setTop(top);
        setCenter(results());
        setRight(historyColumn());
        BorderPane.setMargin(getCenter(), new Insets(0, 12, 12, 12));

        recorder.installShortcuts(this);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (OPEN.match(event)) {
                openFile();
            } else if (CANCEL.match(event) && viewModel.fileStateProperty().get() == OperationState.RUNNING) {
                viewModel.cancelFile();
            } else {
                return;
            }
            event.consume();
        });
        DropSupport.install(this, viewModel::openFiles, text -> {});
        // Each visit loads the model (once) and the history, which another screen may have added to.
        sceneProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.prepare();
            }
        });
    }

    private HBox fileRow() {
        Button open = new Button("Open audio file…");
        open.setId("open-audio");
        open.setTooltip(new Tooltip("Transcribe a recording you already have (Ctrl+O); you can also drop it here"));
        open.setOnAction(event -> openFile());
        ProgressBar progress = new ProgressBar();
        progress.setId("file-progress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(viewModel.fileProgressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("file-cancel");
        cancel.setOnAction(event -> viewModel.cancelFile());
        var isRunning = viewModel.fileStateProperty().isEqualTo(OperationState.RUNNING);
        open.disableProperty().bind(isRunning.or(viewModel.recorder().canCancel()));
        for (var node : List.of(progress, cancel)) {
            node.visibleProperty().bind(isRunning);
            node.managedProperty().bind(isRunning);
        }
        Label status = new Label();
        status.setId("file-status");
        status.textProperty().bind(viewModel.fileStatusProperty());
        HBox row = new HBox(8, open, progress, cancel, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("speech-file-row");
        return row;
    }

    private StackPane results() {
        Label empty = new Label();
        empty.setId("practice-empty");
        empty.getStyleClass().add("practice-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.emptyMessage());
        empty.visibleProperty().bind(viewModel.emptyMessage().isNotEmpty());

        AttemptPane attempt = new AttemptPane(viewModel.playback());
        ScrollPane scroller = new ScrollPane(attempt);
        scroller.setFitToWidth(true);
        scroller.setId("practice-result-scroller");
        scroller.visibleProperty().bind(viewModel.shownProperty().isNotNull());
        viewModel.shownProperty().addListener((observable, before, after) -> {
            if (after != null) {
                attempt.show(after);
                scroller.setVvalue(0);
            }
        });
        Label analysing = new Label("Analysing your answer…");
        analysing.setId("practice-analysing");
        analysing.visibleProperty().bind(viewModel.analysisStateProperty().isEqualTo(OperationState.RUNNING));
        StackPane.setAlignment(analysing, Pos.TOP_RIGHT);
        return new StackPane(empty, scroller, analysing);
    }

    private VBox historyColumn() {
        ListView<PracticeAttempt> list = new ListView<>(viewModel.history());
        list.setId("practice-history");
        list.setPlaceholder(new Label("No attempts yet."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PracticeAttempt attempt, boolean empty) {
                super.updateItem(attempt, empty);
                setText(empty || attempt == null ? null : describe(attempt, ZoneId.systemDefault()));
            }
        });
        list.setOnMouseClicked(event -> viewModel.showAttempt(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.showAttempt(list.getSelectionModel().getSelectedItem());
            }
        });
        Label heading = new Label("Past attempts");
        heading.getStyleClass().add("analysis-heading");
        VBox column = new VBox(6, heading, list);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        column.getStyleClass().add("practice-history-column");
        column.setPrefWidth(280);
        return column;
    }

    /** "3 May 14:05 · Microphone · 01:05 · 132 wpm · 2 fillers". */
    static String describe(PracticeAttempt attempt, ZoneId zone) {
        return WHEN.format(attempt.when().atZone(zone)) + " · " + attempt.source() + " · "
                + Durations.clock(attempt.durationSec()) + " · "
                + String.format(Locale.ROOT, "%.0f wpm · %d filler%s", attempt.wpm(), attempt.fillers(),
                        attempt.fillers() == 1 ? "" : "s");
    }

    private void openFile() {
        if (viewModel.fileStateProperty().get() == OperationState.RUNNING) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a recording to transcribe");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Audio (" + String.join(", ", AudioFiles.SUPPORTED_EXTENSIONS) + ")",
                        AudioFiles.SUPPORTED_EXTENSIONS.stream().map(extension -> "*." + extension).toList()),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Optional.ofNullable(chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow()))
                .map(File::toPath)
                .ifPresent(viewModel::openFile);
    }
}
