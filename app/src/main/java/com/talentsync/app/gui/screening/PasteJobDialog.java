package com.talentsync.app.gui.screening;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Asks for a job ad as text, copied from a job board or an e-mail. */
final class PasteJobDialog extends Dialog<String> {

    PasteJobDialog(Window owner, String initialText) {
        initOwner(owner);
        setTitle("Paste a job ad");
        setHeaderText("Paste the whole ad: title, requirements and duties. Resumes are ranked against it.");
        setResizable(true);
        TextArea text = new TextArea(initialText);
        text.setPromptText("Paste the job ad here (Ctrl+V)");
        text.setWrapText(true);
        text.setPrefSize(620, 380);
        getDialogPane().setContent(text);
        ButtonType save = new ButtonType("Use this job ad", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).disableProperty().bind(text.textProperty().isEmpty());
        setResultConverter(button -> button == save ? text.getText() : null);
        setOnShown(event -> text.requestFocus());
    }
}
