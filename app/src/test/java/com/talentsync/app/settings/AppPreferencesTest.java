package com.talentsync.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("talentsync-test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void defaultsWhenNothingIsStored() {
        AppPreferences preferences = new AppPreferences(node);

        assertThat(preferences.theme()).isEqualTo(ThemeMode.SYSTEM);
        assertThat(preferences.maxFileMb()).isEqualTo(AppPreferences.DEFAULT_MAX_FILE_MB);
        assertThat(preferences.windowGeometry()).isEmpty();
    }

    @Test
    void valuesSurviveANewInstance() {
        AppPreferences first = new AppPreferences(node);
        first.setTheme(ThemeMode.DARK);
        first.setMaxFileMb(12);
        first.setWindowGeometry(new WindowGeometry(10, 20, 900, 700, true));

        AppPreferences second = new AppPreferences(node);

        assertThat(second.theme()).isEqualTo(ThemeMode.DARK);
        assertThat(second.maxFileMb()).isEqualTo(12);
        assertThat(second.windowGeometry()).contains(new WindowGeometry(10, 20, 900, 700, true));
    }

    @Test
    void unknownOrOutOfRangeValuesFallBackSafely() {
        node.put("theme", "NEON");
        node.putInt("import.maxFileMb", 999_999);

        AppPreferences preferences = new AppPreferences(node);

        assertThat(preferences.theme()).isEqualTo(ThemeMode.SYSTEM);
        assertThat(preferences.maxFileMb()).isEqualTo(AppPreferences.MAX_MAX_FILE_MB);
    }
}
