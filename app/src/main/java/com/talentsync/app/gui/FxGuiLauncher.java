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

    private final AppPreferences preferences;

    public FxGuiLauncher(AppPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public int launch(GuiOptions options) {
        CountDownLatch ended = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(ExitCodes.OK);
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
