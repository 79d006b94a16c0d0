package com.talentsync.app.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Lets files or a piece of text be dropped onto a part of a screen, which shows it will take them. */
public final class DropSupport {

    private static final String DROP_TARGET = "drop-target";

    private DropSupport() {}

    /** Dropped files go to {@code onFiles}, dropped non-blank text to {@code onText}. */
    public static void install(Node target, Consumer<List<Path>> onFiles, Consumer<String> onText) {
        target.setOnDragOver(event -> {
            Dragboard board = event.getDragboard();
            if (event.getGestureSource() == null && (board.hasFiles() || board.hasString())) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!target.getStyleClass().contains(DROP_TARGET)) {
                    target.getStyleClass().add(DROP_TARGET);
                }
            }
            event.consume();
        });
        target.setOnDragExited(event -> target.getStyleClass().remove(DROP_TARGET));
        target.setOnDragDropped(event -> drop(event, target, onFiles, onText));
    }

    private static void drop(DragEvent event, Node target, Consumer<List<Path>> onFiles, Consumer<String> onText) {
        Dragboard board = event.getDragboard();
        boolean accepted = true;
        if (board.hasFiles() && !board.getFiles().isEmpty()) {
            onFiles.accept(board.getFiles().stream().map(File::toPath).toList());
        } else if (board.hasString() && !board.getString().isBlank()) {
            onText.accept(board.getString());
        } else {
            accepted = false;
        }
        target.getStyleClass().remove(DROP_TARGET);
        event.setDropCompleted(accepted);
        event.consume();
    }
}
