package com.talentsync.app.gui.speech;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The recorder as nodes, for the Speech practice page and the interview screen: Record, Stop,
 * Cancel, the mm:ss timer, a level meter with its warning, a status line and the live words
 * (finished utterances, then the words still being recognised in a lighter style).
 *
 * <p>Keys, once {@link #installShortcuts(Node)} is called: Space or Ctrl+R record and stop, Esc
 * cancels.
 */
public final class RecorderPane extends VBox {

    private static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SPACE = new KeyCodeCombination(KeyCode.SPACE);
    private static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);

    private final RecorderViewModel viewModel;

    public RecorderPane(RecorderViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("recorder-pane");
        setSpacing(8);

        Button record = new Button("● Record");
        record.setId("record-button");
        record.getStyleClass().add("record-button");
        record.setTooltip(new Tooltip("Start recording (Space or Ctrl+R)"));
        record.disableProperty().bind(viewModel.canRecord().not());
        record.setOnAction(event -> viewModel.record());

        Button stop = new Button("■ Stop");
        stop.setId("stop-button");
        stop.setTooltip(new Tooltip("Stop and see the result (Space or Ctrl+R)"));
        stop.disableProperty().bind(viewModel.canStop().not());
        stop.setOnAction(event -> viewModel.stop());

        Button cancel = new Button("Cancel");
        cancel.setId("recorder-cancel");
        cancel.setTooltip(new Tooltip("Throw this recording away (Esc)"));
        cancel.disableProperty().bind(viewModel.canCancel().not());
        cancel.setOnAction(event -> viewModel.cancel());

        Label timer = new Label();
        timer.setId("recorder-timer");
        timer.getStyleClass().add("recorder-timer");
        timer.textProperty().bind(viewModel.elapsedProperty());

        ProgressBar meter = new ProgressBar(0);
        meter.setId("level-meter");
        meter.getStyleClass().add("level-meter");
        meter.setPrefWidth(160);
        meter.progressProperty().bind(viewModel.levelFractionProperty());
        meter.setTooltip(new Tooltip("Input level"));

        Label warning = new Label();
        warning.setId("level-warning");
        warning.getStyleClass().add("level-warning");
        warning.textProperty().bind(viewModel.levelWarningProperty());
        warning.visibleProperty().bind(viewModel.levelWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        viewModel.levelWarningProperty().addListener((observable, before, after) -> {
            meter.getStyleClass().remove("level-meter-warning");
            if (!after.isEmpty()) {
                meter.getStyleClass().add("level-meter-warning");
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, record, stop, cancel, spacer, timer, meter);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("recorder-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.status());
        viewModel.stateProperty().addListener((observable, before, after) -> {
            status.getStyleClass().remove("recorder-problem");
            if (after == RecorderState.FAILED) {
                status.getStyleClass().add("recorder-problem");
            }
        });

        getChildren().addAll(controls, warning, status, liveWords());
    }

    private Node liveWords() {
        Text finished = new Text();
        finished.getStyleClass().add("live-final");
        Text partial = new Text();
        partial.getStyleClass().add("live-partial");
        Runnable joinFinished = () -> finished.setText(String.join(" ", viewModel.utterances()));
        viewModel.utterances().addListener((ListChangeListener<String>) change -> joinFinished.run());
        partial.textProperty().bind(Bindings.createStringBinding(() -> {
            String words = viewModel.partialProperty().get();
            return words.isEmpty() || viewModel.utterances().isEmpty() ? words : " " + words;
        }, viewModel.partialProperty(), viewModel.utterances()));
        TextFlow flow = new TextFlow(finished, partial);
        flow.setId("live-transcript");
        flow.getStyleClass().add("live-transcript");
        ScrollPane scroller = new ScrollPane(flow);
        scroller.setFitToWidth(true);
        scroller.setPrefViewportHeight(64);
        scroller.setMaxHeight(120);
        scroller.getStyleClass().add("live-transcript-scroller");
        // Keep the newest words in sight.
        flow.heightProperty().addListener((observable, before, after) -> scroller.setVvalue(1));
        return scroller;
    }

    /** Text of the live words as shown: finished utterances, then the partial ones. For tests. */
    String liveText() {
        TextFlow flow = (TextFlow) lookup("#live-transcript");
        StringBuilder text = new StringBuilder();
        flow.getChildren().forEach(node -> text.append(((Text) node).getText()));
        return text.toString();
    }

    /**
     * Space or Ctrl+R record and stop, Esc cancels, anywhere inside {@code scope} (a filter, so a
     * focused button does not also take the Space). Space still types in text fields.
     */
    public void installShortcuts(Node scope) {
        scope.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (TOGGLE.match(event) || (SPACE.match(event) && !(event.getTarget() instanceof TextInputControl))) {
                viewModel.toggle();
            } else if (CANCEL.match(event) && viewModel.canCancel().get()) {
                viewModel.cancel();
            } else {
                return;
            }
            event.consume();
        });
    }
}
