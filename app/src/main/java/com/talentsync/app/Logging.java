package com.talentsync.app;

import java.nio.file.Path;

/**
 * Points Logback at the data folder's {@code logs/} before the first logger is created. The
 * data folder is only known after the command line is parsed, so nothing may log before this.
 */
public final class Logging {

    static final String LOG_DIR_PROPERTY = "talentsync.logdir";

    private Logging() {}

    public static void useDataFolder(Path dataFolder) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, dataFolder.resolve("logs").toString());
        }
    }

    public static Path logFile() {
        String folder = System.getProperty(LOG_DIR_PROPERTY, System.getProperty("java.io.tmpdir"));
        return Path.of(folder, "talentsync.log");
    }
}
