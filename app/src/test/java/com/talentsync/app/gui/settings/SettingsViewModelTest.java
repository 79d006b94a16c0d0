package com.talentsync.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.settings.AppPreferences;
import com.talentsync.app.settings.ThemeMode;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final Preferences node = Preferences.userRoot().node("talentsync-test/" + UUID.randomUUID());
    private final AppPreferences preferences = new AppPreferences(node);
    private final ObjectProperty<ThemeMode> liveTheme = new SimpleObjectProperty<>(ThemeMode.SYSTEM);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private SettingsViewModel viewModel() {
        return new SettingsViewModel(preferences, liveTheme, Path.of("/data"), Path.of("/data/logs/talentsync.log"));
    }

    @Test
    void choosingAThemeAppliesItAtOnceAndRemembersIt() {
        SettingsViewModel settings = viewModel();

        settings.themeProperty().set(ThemeMode.DARK);

        assertThat(liveTheme.get()).isEqualTo(ThemeMode.DARK);
        assertThat(new AppPreferences(node).theme()).isEqualTo(ThemeMode.DARK);
    }

    @Test
    void theSizeLimitIsSavedAndKeptInRange() {
        SettingsViewModel settings = viewModel();

        settings.maxFileMbProperty().set(20);
        assertThat(new AppPreferences(node).maxFileMb()).isEqualTo(20);

        settings.maxFileMbProperty().set(5000);
        assertThat(settings.maxFileMbProperty().get()).isEqualTo(AppPreferences.MAX_MAX_FILE_MB);
    }

    @Test
    void showsWhereTheDataAndLogLive() {
        SettingsViewModel settings = viewModel();

        assertThat(settings.dataFolder()).isEqualTo(Path.of("/data").toString());
        assertThat(settings.logFile()).endsWith("talentsync.log");
    }
}
