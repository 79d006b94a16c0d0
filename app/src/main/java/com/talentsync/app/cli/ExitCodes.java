package com.talentsync.app.cli;

/** The CLI's exit codes: a contract scripts and later checks rely on. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Could not run at all: the data folder is in use, or an unexpected failure (see the log). */
    public static final int FAILURE = 1;
    /** Unknown command or option, missing argument (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** A file was unreadable, unsupported, too large, encrypted, empty or had no text. */
    public static final int INPUT = 3;

    private ExitCodes() {}
}
