package com.talentsync.app.gui;

import com.talentsync.app.GuiLauncher;
import com.talentsync.app.GuiOptions;
import com.talentsync.app.cli.ExitCodes;
import com.talentsync.app.settings.AppPreferences;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Starts the JavaFX toolkit, runs one {@link DesktopSession}, and waits for it to end. */
public final class FxGuiLauncher implements GuiLauncher {

    // Held so the filter sticks: JUL keeps only weak references to loggers.
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private final AppPreferences preferences;

    public FxGuiLauncher(AppPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public int launch(GuiOptions options) {
        CountDownLatch ended = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(ExitCodes.OK);
        // JavaFX warns when it is loaded from the classpath; that is our deliberate setup (ADR 0002).
        // Only that one message is dropped; every other JavaFX warning (CSS, for one) still shows.
        JAVAFX_LOG.setFilter(event -> event.getMessage() == null
                || !event.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            Platform.startup(() -> new DesktopSession(options, preferences, code -> {
                exitCode.set(code);
                ended.countDown();
            }).start());
        } catch (UnsupportedOperationException | IllegalStateException noDisplay) {
            System.err.println("talentsync: cannot open a window (" + noDisplay.getMessage()
                    + "); run it on a desktop, or use the command line: talentsync --help");
            return ExitCodes.FAILURE;
        }
        try {
            ended.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return exitCode.get();
    }
}
