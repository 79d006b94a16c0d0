package com.talentsync.app.gui.settings;

import com.talentsync.app.settings.AppPreferences;
import com.talentsync.app.settings.ThemeMode;
import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The Settings screen: theme and import size limit, saved as soon as they change. */
public final class SettingsViewModel {

    private final ObjectProperty<ThemeMode> theme;
    private final IntegerProperty maxFileMb;
    private final Path dataFolder;
    private final Path logFile;

    public SettingsViewModel(AppPreferences preferences, ObjectProperty<ThemeMode> liveTheme, Path dataFolder, Path logFile) {
        this.theme = new SimpleObjectProperty<>(preferences.theme());
        this.maxFileMb = new SimpleIntegerProperty(preferences.maxFileMb());
        this.dataFolder = dataFolder;
        this.logFile = logFile;
        liveTheme.bind(theme);
        theme.addListener((observable, before, after) -> preferences.setTheme(after));
        maxFileMb.addListener((observable, before, after) -> {
            preferences.setMaxFileMb(after.intValue());
            // Out-of-range values are clamped by the preferences; show what was kept.
            if (preferences.maxFileMb() != after.intValue()) {
                maxFileMb.set(preferences.maxFileMb());
            }
        });
    }

    public ObjectProperty<ThemeMode> themeProperty() {
        return theme;
    }

    public IntegerProperty maxFileMbProperty() {
        return maxFileMb;
    }

    public String dataFolder() {
        return dataFolder.toString();
    }

    public String logFile() {
        return logFile.toString();
    }
}
