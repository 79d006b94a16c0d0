package com.talentsync.app;

import com.talentsync.app.cli.EvalExtractCommand;
import com.talentsync.app.cli.ExitCodes;
import com.talentsync.app.cli.SkillNames;
import com.talentsync.app.cli.TalentSyncCommand;
import com.talentsync.app.gui.FxGuiLauncher;
import com.talentsync.app.settings.AppPreferences;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point of the launcher, the jar and the packaged app: no arguments opens the window,
 * anything else runs the CLI. Deliberately not a JavaFX {@code Application}: on the classpath the
 * JavaFX launcher refuses a main class that extends it, and the CLI must not start the toolkit.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, console);
        PrintWriter err = new PrintWriter(System.err, true, console);
        AppPreferences preferences = AppPreferences.forUser();
        int code = run(args, new FxGuiLauncher(preferences), preferences, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line; separated from {@link #main} so tests can run it in-process. */
    public static int run(String[] args, GuiLauncher gui, AppPreferences preferences, PrintWriter out, PrintWriter err) {
        TalentSyncCommand root = new TalentSyncCommand(gui, preferences);
        CommandLine commandLine = new CommandLine(root)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((problem, args2) -> {
                    // One line naming the problem, plus where to look: not the whole usage text.
                    err.println("talentsync: " + problem.getMessage());
                    err.println("Try 'talentsync --help' for the commands and options.");
                    return ExitCodes.USAGE;
                })
                .setExecutionExceptionHandler((failure, failedCommand, parseResult) -> {
                    LoggerFactory.getLogger(Main.class).error("command failed", failure);
                    err.println("talentsync: unexpected error: " + firstLine(failure) + " (details in " + Logging.logFile() + ")");
                    return ExitCodes.FAILURE;
                });
        // Registered here rather than by annotation: it needs the skills finder, built on first use.
        commandLine.getSubcommands().get("eval").addSubcommand("extract",
                new EvalExtractCommand(SkillNames::find, "skills taxonomy " + SkillNames.TAXONOMY_LABEL));
        try {
            return commandLine.execute(args);
        } finally {
            root.close();
        }
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
