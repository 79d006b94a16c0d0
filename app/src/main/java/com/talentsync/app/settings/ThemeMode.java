package com.talentsync.app.settings;

/** The look the user picked; {@code SYSTEM} follows the desktop's light or dark setting live. */
public enum ThemeMode {
    LIGHT("Light"),
    DARK("Dark"),
    SYSTEM("Follow system");

    private final String label;

    ThemeMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
