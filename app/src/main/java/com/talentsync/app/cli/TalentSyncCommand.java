package com.talentsync.app.cli;

import com.talentsync.app.AppServices;
import com.talentsync.app.GuiLauncher;
import com.talentsync.app.GuiOptions;
import com.talentsync.app.Logging;
import com.talentsync.app.settings.AppPreferences;
import com.talentsync.core.store.DataFolder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code talentsync}: with no subcommand opens the window, otherwise runs the subcommand. */
@Command(
        name = "talentsync",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Offline career tool: analyse resumes, match them to jobs, practise interviews.",
            "With no command, opens the TalentSync window."
        },
        subcommands = {ImportCommand.class, ListCommand.class, AnalyzeCommand.class, MatchCommand.class, ScreenCommand.class, TranscribeCommand.class, ClassifierCommand.class, EvalCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 could not run (see the log), 2 usage error, 3 input error."})
public final class TalentSyncCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (database, logs). Default: $TALENTSYNC_HOME, else the per-user application data folder.")
    private Path dataDir;

    @Option(names = "--max-file-mb", paramLabel = "MB",
            description = "Refuse files larger than this before reading them (1-1024; default: the Settings value, initially 50).")
    private Integer maxFileMb;

    @Option(names = "--smoke-test", description = "Open the database, build the main window headless, exit 0.")
    private boolean smokeTest;

    @Option(names = "--screenshot", paramLabel = "PNG", description = "Save a picture of the main window to PNG and exit.")
    private Path screenshot;

    @Option(names = "--measure-startup", description = "Print the time to the first frame and the idle memory, then exit.")
    private boolean measureStartup;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final GuiLauncher guiLauncher;
    private final AppPreferences preferences;
    private AppServices services;

    public TalentSyncCommand(GuiLauncher guiLauncher, AppPreferences preferences) {
        this.guiLauncher = guiLauncher;
        this.preferences = preferences;
    }

    @Override
    public Integer call() {
        return guiLauncher.launch(new GuiOptions(services(), smokeTest, Optional.ofNullable(screenshot), measureStartup));
    }

    /** The services for this run, created once; the data folder and log file are fixed from here on. */
    public AppServices services() {
        if (services == null) {
            Path folder = DataFolder.resolve(Optional.ofNullable(dataDir));
            Logging.useDataFolder(folder);
            services = new AppServices(folder, maxFileMb());
            services.useSpeechModel(preferences.speechModel());
        }
        return services;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    private int maxFileMb() {
        if (maxFileMb == null) {
            return preferences.maxFileMb();
        }
        if (maxFileMb < AppPreferences.MIN_MAX_FILE_MB || maxFileMb > AppPreferences.MAX_MAX_FILE_MB) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-file-mb must be between " + AppPreferences.MIN_MAX_FILE_MB + " and "
                            + AppPreferences.MAX_MAX_FILE_MB + ", got " + maxFileMb);
        }
        return maxFileMb;
    }

    /** Closes what {@link #services()} opened; called once the command has finished. */
    public void close() {
        if (services != null) {
            services.close();
        }
    }
}
