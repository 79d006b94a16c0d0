package com.talentsync.app.gui.settings;

import com.talentsync.app.settings.AppPreferences;
import com.talentsync.app.settings.ThemeMode;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import java.io.File;

/** Settings as a simple form; every change applies at once. */
public final class SettingsView extends GridPane {

    public SettingsView(SettingsViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param speechModel the speech model row, or null to leave it out */
    public SettingsView(SettingsViewModel viewModel, SpeechModelSettings speechModel) {
        getStyleClass().add("settings-view");
        Label heading = new Label("Settings");
        heading.getStyleClass().add("title-2");
        add(heading, 0, 0, 2, 1);

        ComboBox<ThemeMode> theme = new ComboBox<>();
        theme.setId("theme-choice");
        theme.getItems().setAll(ThemeMode.values());
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        addRow(1, new Label("Theme"), theme);

        Spinner<Integer> limit = new Spinner<>();
        limit.setId("max-file-mb");
        limit.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                AppPreferences.MIN_MAX_FILE_MB, AppPreferences.MAX_MAX_FILE_MB, viewModel.maxFileMbProperty().get(), 5);
        limit.setValueFactory(factory);
        factory.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.maxFileMbProperty().set(after);
            }
        });
        Label limitHint = new Label("MB. Larger files are refused before they are read; applies from the next start.");
        limitHint.getStyleClass().add("text-muted");
        addRow(2, new Label("Largest file to import"), new HBox(8, limit, limitHint));

        addRow(3, new Label("Data folder"), pathRow(viewModel.dataFolder()));
        addRow(4, new Label("Log file"), pathRow(viewModel.logFile()));
        if (speechModel != null) {
            addRow(5, new Label("Speech model"), speechModelRow(speechModel));
        }
    }

    private VBox speechModelRow(SpeechModelSettings model) {
        Label current = new Label();
        current.setId("speech-model-current");
        current.textProperty().bind(model.currentProperty());
        Button folder = new Button("Choose folder…");
        folder.setId("speech-model-folder");
        folder.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose a Vosk model folder");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                model.choose(chosen.toPath());
            }
        });
        Button zip = new Button("Choose ZIP…");
        zip.setId("speech-model-zip");
        zip.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a Vosk model ZIP");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Vosk model (*.zip)", "*.zip"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                model.choose(chosen.toPath());
            }
        });
        Button builtIn = new Button("Use built-in");
        builtIn.setId("speech-model-built-in");
        builtIn.setOnAction(event -> model.useBuiltIn());
        folder.disableProperty().bind(model.checkingProperty());
        zip.disableProperty().bind(model.checkingProperty());
        builtIn.disableProperty().bind(model.checkingProperty());
        Label message = new Label();
        message.setId("speech-model-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        Label hint = new Label("Another Vosk model, e.g. a larger English one or another language"
                + " (alphacephei.com/vosk/models). Used from the next recording.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        return new VBox(6, current, new HBox(8, folder, zip, builtIn), message, hint);
    }

    private static HBox pathRow(String path) {
        Label value = new Label(path);
        value.getStyleClass().add("text-muted");
        Button copy = new Button("Copy");
        copy.getStyleClass().addAll("small", "flat");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(path);
            Clipboard.getSystemClipboard().setContent(content);
        });
        return new HBox(8, value, copy);
    }
}
