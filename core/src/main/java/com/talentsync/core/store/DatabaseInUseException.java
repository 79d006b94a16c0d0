package com.talentsync.core.store;

import java.nio.file.Path;

/**
 * Another TalentSync process (a window or a command) has the data folder open. Checked, so
 * every entry point decides what to tell the user; the message is one line for them.
 */
public final class DatabaseInUseException extends Exception {

    private final transient Path folder;

    public DatabaseInUseException(Path folder, Throwable cause) {
        super("the data folder " + folder + " is in use by another TalentSync window or command;"
                + " close it, or use --data-dir to choose another folder", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
