package com.talentsync.core.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user's data lives (database, logs, later recordings and models).
 *
 * <p>Order: {@code --data-dir}, then {@code TALENTSYNC_HOME}, then the per-OS application data
 * folder: {@code $XDG_DATA_HOME/talentsync} or {@code ~/.local/share/talentsync} on Linux,
 * {@code ~/Library/Application Support/TalentSync} on macOS, {@code %APPDATA%\TalentSync} on
 * Windows.
 */
public final class DataFolder {

    public static final String HOME_VARIABLE = "TALENTSYNC_HOME";

    private DataFolder() {}

    /** Resolves the folder for this process. */
    public static Path resolve(Optional<Path> commandLineOverride) {
        return resolve(commandLineOverride, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Optional<Path> commandLineOverride, Map<String, String> env, String osName, Path userHome) {
        if (commandLineOverride.isPresent()) {
            return commandLineOverride.get().toAbsolutePath().normalize();
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return base.resolve("TalentSync");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library/Application Support/TalentSync");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("talentsync");
        }
        return userHome.resolve(".local/share/talentsync");
    }
}
