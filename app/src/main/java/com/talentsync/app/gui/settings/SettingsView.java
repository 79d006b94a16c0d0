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

/** Settings as a simple form; every change applies at once. */
public final class SettingsView extends GridPane {

    public SettingsView(SettingsViewModel viewModel) {
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
