package com.talentsync.app.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.LoggerFactory;

/**
 * Typed user preferences backed by {@link java.util.prefs}: small per-user settings that are not
 * the user's data (that lives in the data folder's database). Tests pass a throwaway node.
 */
public final class AppPreferences {

    public static final int DEFAULT_MAX_FILE_MB = 50;
    public static final int MIN_MAX_FILE_MB = 1;
    public static final int MAX_MAX_FILE_MB = 1024;

    private static final String THEME = "theme";
    private static final String MAX_FILE_MB = "import.maxFileMb";
    private static final String SPEECH_MODEL = "speech.model";
    private static final String WINDOW_X = "window.x";
    private static final String WINDOW_Y = "window.y";
    private static final String WINDOW_WIDTH = "window.width";
    private static final String WINDOW_HEIGHT = "window.height";
    private static final String WINDOW_MAXIMIZED = "window.maximized";

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The real per-user node. */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("com/talentsync/desktop"));
    }

    public ThemeMode theme() {
        String stored = node.get(THEME, ThemeMode.SYSTEM.name());
        try {
            return ThemeMode.valueOf(stored);
        } catch (IllegalArgumentException unknown) {
            return ThemeMode.SYSTEM;
        }
    }

    public void setTheme(ThemeMode mode) {
        node.put(THEME, mode.name());
        flush();
    }

    /** Files larger than this are refused before they are parsed. */
    public int maxFileMb() {
        int stored = node.getInt(MAX_FILE_MB, DEFAULT_MAX_FILE_MB);
        return Math.clamp(stored, MIN_MAX_FILE_MB, MAX_MAX_FILE_MB);
    }

    public void setMaxFileMb(int megabytes) {
        node.putInt(MAX_FILE_MB, Math.clamp(megabytes, MIN_MAX_FILE_MB, MAX_MAX_FILE_MB));
        flush();
    }

    /** The user's own Vosk model (a folder or a .zip), or empty for the built-in English model. */
    public Optional<Path> speechModel() {
        String stored = node.get(SPEECH_MODEL, "");
        if (stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(stored));
        } catch (InvalidPathException unreadable) {
            return Optional.empty();
        }
    }

    public void setSpeechModel(Optional<Path> model) {
        if (model.isPresent()) {
            node.put(SPEECH_MODEL, model.get().toAbsolutePath().toString());
        } else {
            node.remove(SPEECH_MODEL);
        }
        flush();
    }

    public Optional<WindowGeometry> windowGeometry() {
        double width = node.getDouble(WINDOW_WIDTH, -1);
        double height = node.getDouble(WINDOW_HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowGeometry(
                node.getDouble(WINDOW_X, 0), node.getDouble(WINDOW_Y, 0), width, height,
                node.getBoolean(WINDOW_MAXIMIZED, false)));
    }

    public void setWindowGeometry(WindowGeometry geometry) {
        node.putDouble(WINDOW_X, geometry.x());
        node.putDouble(WINDOW_Y, geometry.y());
        node.putDouble(WINDOW_WIDTH, geometry.width());
        node.putDouble(WINDOW_HEIGHT, geometry.height());
        node.putBoolean(WINDOW_MAXIMIZED, geometry.maximized());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: losing them must not stop the app.
            LoggerFactory.getLogger(AppPreferences.class).warn("could not save preferences", e);
        }
    }

}
