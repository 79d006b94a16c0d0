package com.talentsync.app.gui.shell;

import com.talentsync.app.task.TaskHandle;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The window's bottom line: each running background task with progress and cancel, then a note. */
final class StatusBar extends HBox {

    private final HBox tasks = new HBox(12);
    private final Label idle = new Label("Ready");
    private final Map<TaskHandle, HBox> chips = new IdentityHashMap<>();

    StatusBar(ObservableList<TaskHandle> running, String note) {
        super(12);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        idle.getStyleClass().add("text-muted");
        tasks.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label noteLabel = new Label(note);
        noteLabel.getStyleClass().addAll("text-muted", "text-small");
        getChildren().addAll(idle, tasks, spacer, noteLabel);

        running.forEach(this::add);
        running.addListener((ListChangeListener<TaskHandle>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::remove);
                change.getAddedSubList().forEach(this::add);
            }
        });
        updateIdle();
    }

    private void add(TaskHandle task) {
        Label title = new Label(task.title());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        message.getStyleClass().add("text-muted");
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setTooltip(new Tooltip("Cancel " + task.title()));
        cancel.setOnAction(event -> task.cancel());
        HBox chip = new HBox(6, title, progress, message, cancel);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("task-chip");
        chips.put(task, chip);
        tasks.getChildren().add(chip);
        updateIdle();
    }

    private void remove(TaskHandle task) {
        HBox chip = chips.remove(task);
        if (chip != null) {
            // Unbind so a finished task's properties do not keep the nodes alive.
            chip.getChildren().forEach(node -> {
                if (node instanceof Label label) {
                    label.textProperty().unbind();
                } else if (node instanceof ProgressBar bar) {
                    bar.progressProperty().unbind();
                }
            });
            tasks.getChildren().remove(chip);
        }
        updateIdle();
    }

    private void updateIdle() {
        idle.setVisible(chips.isEmpty());
        idle.setManaged(chips.isEmpty());
    }
}
