package com.talentsync.app.gui.resumes;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a resume as text (copied from a web page or an e-mail) and an optional name. */
final class PasteResumeDialog extends Dialog<PasteResumeDialog.Pasted> {

    record Pasted(String name, String text) {}

    PasteResumeDialog(Window owner, String initialText) {
        initOwner(owner);
        setTitle("Paste a resume");
        setHeaderText("Paste the resume text. The name is optional: the first line is used when it is empty.");
        setResizable(true);

        TextField name = new TextField();
        name.setPromptText("Name (optional), e.g. Jane Doe – backend");
        TextArea text = new TextArea(initialText);
        text.setPromptText("Paste the resume text here (Ctrl+V)");
        text.setWrapText(true);
        text.setPrefSize(620, 380);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox content = new VBox(8, new Label("Name"), name, new Label("Resume text"), text);
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType("Save resume", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).disableProperty().bind(text.textProperty().isEmpty());
        setResultConverter(button -> button == save ? new Pasted(name.getText().strip(), text.getText()) : null);
        setOnShown(event -> text.requestFocus());
    }
}
