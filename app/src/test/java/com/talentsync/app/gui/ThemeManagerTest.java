package com.talentsync.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.settings.ThemeMode;
import javafx.application.ColorScheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeManagerTest {

    @ParameterizedTest
    @CsvSource({
        "LIGHT, LIGHT, false", "LIGHT, DARK, false",
        "DARK, LIGHT, true", "DARK, DARK, true",
        "SYSTEM, LIGHT, false", "SYSTEM, DARK, true"
    })
    void darkOnlyWhenChosenOrWhenTheSystemIsDark(ThemeMode mode, ColorScheme system, boolean dark) {
        assertThat(ThemeManager.isDark(mode, system)).isEqualTo(dark);
    }
}
