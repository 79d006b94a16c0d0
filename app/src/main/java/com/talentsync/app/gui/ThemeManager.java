package com.talentsync.app.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.talentsync.app.settings.ThemeMode;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Applies the AtlantaFX theme for the chosen mode, and in {@link ThemeMode#SYSTEM} follows the
 * desktop's colour scheme while the app runs. Call on the FX thread.
 */
public final class ThemeManager {

    /** Maps Modena's colour names to AtlantaFX variables so ControlsFX controls match the theme. */
    public static final String BRIDGE_STYLESHEET = "/com/talentsync/app/gui/controlsfx-bridge.css";
    public static final String APP_STYLESHEET = "/com/talentsync/app/gui/app.css";

    private final ObjectProperty<ThemeMode> mode = new SimpleObjectProperty<>();
    private boolean darkApplied;
    private boolean anyApplied;

    public ThemeManager(ThemeMode initial) {
        mode.set(initial);
        mode.addListener((observable, before, after) -> apply());
        Platform.getPreferences().colorSchemeProperty().addListener((observable, before, after) -> {
            if (mode.get() == ThemeMode.SYSTEM) {
                apply();
            }
        });
    }

    public ObjectProperty<ThemeMode> modeProperty() {
        return mode;
    }

    /** Sets the user-agent stylesheet; cheap when nothing changed. */
    public void apply() {
        boolean dark = isDark(mode.get(), Platform.getPreferences().getColorScheme());
        if (anyApplied && dark == darkApplied) {
            return;
        }
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        darkApplied = dark;
        anyApplied = true;
    }

    public boolean isDarkApplied() {
        return darkApplied;
    }

    static boolean isDark(ThemeMode mode, ColorScheme system) {
        return switch (mode) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> system == ColorScheme.DARK;
        };
    }
}
