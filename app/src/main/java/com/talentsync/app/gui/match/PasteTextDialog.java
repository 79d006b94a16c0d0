package com.talentsync.app.gui.match;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Asks for a longer text (a resume or a job ad copied from a web page or an e-mail). */
final class PasteTextDialog extends Dialog<String> {

    PasteTextDialog(Window owner, String title, String header, String okLabel, String initialText) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        setResizable(true);
        TextArea text = new TextArea(initialText);
        text.setId("paste-text");
        text.setPromptText("Paste the text here (Ctrl+V)");
        text.setWrapText(true);
        text.setPrefSize(620, 400);
        getDialogPane().setContent(text);
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(text.textProperty().isEmpty());
        setResultConverter(button -> button == ok ? text.getText() : null);
        setOnShown(event -> text.requestFocus());
    }
}
