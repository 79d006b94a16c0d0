package com.talentsync.app.cli;

import com.talentsync.app.GuiLauncher;
import com.talentsync.app.Main;
import com.talentsync.app.settings.AppPreferences;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Preferences preferences, GuiLauncher gui, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, gui, new AppPreferences(preferences), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs with {@code --data-dir dataDir} in front of the arguments and no window. */
    static CliRun inData(Path dataDir, Preferences preferences, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(preferences, options -> 0, all);
    }
}
