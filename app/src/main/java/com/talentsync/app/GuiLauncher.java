package com.talentsync.app;

/** Starts the desktop window; the CLI calls it when no subcommand is given. */
@FunctionalInterface
public interface GuiLauncher {

    /** Blocks until the window closes; returns the process exit code. */
    int launch(GuiOptions options);
}
