package com.talentsync.app.gui.match;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Lets a file or a piece of text be dropped onto one side of the screen. */
final class DropSupport {

    private static final String DROP_TARGET = "drop-target";

    private DropSupport() {}

    /** A dropped file goes to {@code onFile} (the first, when several are dropped), text to {@code onText}. */
    static void install(Node target, Consumer<Path> onFile, Consumer<String> onText) {
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
        target.setOnDragDropped(event -> drop(event, target, onFile, onText));
    }

    private static void drop(DragEvent event, Node target, Consumer<Path> onFile, Consumer<String> onText) {
        Dragboard board = event.getDragboard();
        boolean accepted = true;
        if (board.hasFiles() && !board.getFiles().isEmpty()) {
            onFile.accept(board.getFiles().stream().map(File::toPath).findFirst().orElseThrow());
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
