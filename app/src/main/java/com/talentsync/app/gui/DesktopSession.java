package com.talentsync.app.gui;

import com.talentsync.app.AppServices;
import com.talentsync.app.GuiOptions;
import com.talentsync.app.Logging;
import com.talentsync.app.cli.ExitCodes;
import com.talentsync.app.gui.resumes.ResumeAnalysisViewModel;
import com.talentsync.app.gui.match.MatchView;
import com.talentsync.app.gui.match.MatchViewModel;
import com.talentsync.app.gui.match.ServicesMatchBackend;
import com.talentsync.app.gui.resumes.ResumesView;
import com.talentsync.app.gui.screening.ScreeningView;
import com.talentsync.app.gui.screening.ScreeningViewModel;
import com.talentsync.app.gui.screening.ServicesScreeningBackend;
import com.talentsync.app.gui.resumes.ResumesViewModel;
import com.talentsync.app.gui.settings.SettingsView;
import com.talentsync.app.gui.settings.SettingsViewModel;
import com.talentsync.app.gui.settings.SpeechModelSettings;
import com.talentsync.app.gui.speech.PracticeStore;
import com.talentsync.app.gui.speech.ServicesSpeechBackend;
import com.talentsync.app.gui.speech.SpeakerPlayer;
import com.talentsync.app.gui.speech.SpeechPracticeView;
import com.talentsync.app.gui.speech.SpeechPracticeViewModel;
import javafx.application.Platform;
import com.talentsync.app.gui.shell.Area;
import com.talentsync.app.gui.shell.MainWindow;
import com.talentsync.app.gui.shell.MainWindowViewModel;
import com.talentsync.app.settings.AppPreferences;
import com.talentsync.app.settings.WindowGeometry;
import com.talentsync.app.settings.WindowPlacement;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.UiTaskExecutor;
import com.talentsync.core.store.DatabaseInUseException;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GUI's composition root: builds the window and its view models by hand, paints the first
 * frame, and only then opens the database in the background. Runs on the FX thread.
 */
final class DesktopSession {

    private final GuiOptions options;
    private final AppServices services;
    private final AppPreferences preferences;
    private final IntConsumer onEnd;
    private final UiTaskExecutor executor = new UiTaskExecutor();
    private final Stage stage = new Stage();
    private ThemeManager theme;
    private ResumesViewModel resumes;
    private ResumeAnalysisViewModel analysis;
    private SpeechPracticeViewModel speechPractice;
    private Scene scene;
    private double normalX;
    private double normalY;
    private double normalWidth;
    private double normalHeight;
    private boolean ended;

    DesktopSession(GuiOptions options, AppPreferences preferences, IntConsumer onEnd) {
        this.options = options;
        this.services = options.services();
        this.preferences = preferences;
        this.onEnd = onEnd;
    }

    void start() {
        theme = new ThemeManager(preferences.theme());
        theme.apply(); // before show(), so the first frame is already themed
        DialogService dialogs = options.exitsByItself() ? new ReportingDialogService() : new FxDialogService(stage);
        resumes = new ResumesViewModel(services::resumeLibrary, executor, dialogs);
        analysis = new ResumeAnalysisViewModel(id -> services.analysisService().analysisOf(id), executor,
                resumes.selectedProperty());
        SettingsViewModel settings = new SettingsViewModel(
                preferences, theme.modeProperty(), services.dataFolder(), Logging.logFile());
        MainWindowViewModel shell = new MainWindowViewModel(executor.runningTasks(), "Data: " + services.dataFolder());
        MatchViewModel match = new MatchViewModel(new ServicesMatchBackend(services), executor, dialogs);
        ScreeningViewModel screening = new ScreeningViewModel(new ServicesScreeningBackend(services), executor, dialogs);
        speechPractice = new SpeechPracticeViewModel(new ServicesSpeechBackend(services::speechService,
                services::deliveryAnalyzer, new PracticeStore(services::speechAttempts, services.dataFolder()),
                new SpeakerPlayer()), executor, Platform::runLater, dialogs);
        SpeechModelSettings speechModel = new SpeechModelSettings(preferences, services::prepareSpeechModel,
                services::useSpeechModel, executor, dialogs);
        MainWindow window = new MainWindow(shell, area -> viewFor(area, settings, speechModel, match, screening));

        scene = new Scene(window);
        scene.getStylesheets().addAll(
                getClass().getResource(ThemeManager.BRIDGE_STYLESHEET).toExternalForm(),
                getClass().getResource(ThemeManager.APP_STYLESHEET).toExternalForm());
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("TalentSync");
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        placeWindow();
        stage.setOnCloseRequest(event -> end(ExitCodes.OK));
        if (options.measureStartup()) {
            reportFirstFrame();
        }
        stage.show();
        openLibrary(dialogs);
    }

    private Supplier<Node> viewFor(Area area, SettingsViewModel settings, SpeechModelSettings speechModel,
            MatchViewModel match, ScreeningViewModel screening) {
        return switch (area) {
            case RESUMES -> () -> new ResumesView(resumes, analysis);
            case MATCH -> () -> new MatchView(match);
            case SCREENING -> () -> {
                screening.jobs().refresh();
                return new ScreeningView(screening);
            };
            case SPEECH -> () -> new SpeechPracticeView(speechPractice);
            case SETTINGS -> () -> new SettingsView(settings, speechModel);
            default -> null;
        };
    }

    private void openLibrary(DialogService dialogs) {
        executor.execute(BackgroundTask.of("Opening your library", context -> {
                    context.updateMessage(services.dataFolder().toString());
                    services.resumeLibrary();
                    return null;
                })
                .onSuccess(ready -> {
                    resumes.refresh();
                    executor.execute(BackgroundTask.of("Loading document readers", context -> {
                        services.warmUpReader();
                        return null;
                    }).quiet());
                    updateStaleAnalyses();
                    HeadlessChecks.afterLibraryOpened(options, scene, resumes, analysis, executor, this::end);
                })
                .onFailure(failure -> {
                    if (failure instanceof DatabaseInUseException inUse) {
                        dialogs.showError("TalentSync is already open", inUse.getMessage());
                    } else {
                        log().error("could not open the library in {}", services.dataFolder(), failure);
                        dialogs.showError("Could not open your library",
                                failure.getMessage() + " (details in " + Logging.logFile() + ")");
                    }
                    end(ExitCodes.FAILURE);
                }));
    }

    /** After a new taxonomy, model or extractor, stored analyses are redone in the background. */
    private void updateStaleAnalyses() {
        executor.execute(BackgroundTask.of("Updating resume analyses", context -> {
                    context.updateMessage("checking…");
                    return services.analysisService().reanalyseStale((done, total) -> {
                        context.updateProgress(done, total);
                        context.updateMessage(done + " of " + total);
                    }, context::isCancelled);
                })
                .onFailure(failure -> log().warn("could not update stale analyses", failure)));
    }

    private void placeWindow() {
        var screens = Screen.getScreens().stream()
                .sorted((a, b) -> a.equals(Screen.getPrimary()) ? -1 : b.equals(Screen.getPrimary()) ? 1 : 0)
                .map(Screen::getVisualBounds)
                .map(bounds -> new WindowPlacement.Area(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight()))
                .toList();
        WindowGeometry geometry = WindowPlacement.place(preferences.windowGeometry(), screens);
        stage.setX(geometry.x());
        stage.setY(geometry.y());
        stage.setWidth(geometry.width());
        stage.setHeight(geometry.height());
        stage.setMaximized(geometry.maximized());
        normalX = geometry.x();
        normalY = geometry.y();
        normalWidth = geometry.width();
        normalHeight = geometry.height();
        // Remember the un-maximized bounds, so restoring after a maximized session looks right.
        stage.xProperty().addListener((o, b, a) -> normalX = stage.isMaximized() ? normalX : a.doubleValue());
        stage.yProperty().addListener((o, b, a) -> normalY = stage.isMaximized() ? normalY : a.doubleValue());
        stage.widthProperty().addListener((o, b, a) -> normalWidth = stage.isMaximized() ? normalWidth : a.doubleValue());
        stage.heightProperty().addListener((o, b, a) -> normalHeight = stage.isMaximized() ? normalHeight : a.doubleValue());
    }

    private void reportFirstFrame() {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("first-frame-ms=" + StartupProbe.millisSinceLaunch());
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void end(int code) {
        if (ended) {
            return;
        }
        ended = true;
        if (!options.exitsByItself()) {
            preferences.setWindowGeometry(new WindowGeometry(normalX, normalY, normalWidth, normalHeight, stage.isMaximized()));
        }
        stage.hide();
        speechPractice.close();
        executor.close();
        onEnd.accept(code);
    }

    private static Logger log() {
        return LoggerFactory.getLogger(DesktopSession.class);
    }

    /** Headless runs have nobody to click a dialog away: problems go to stderr instead. */
    private static final class ReportingDialogService implements DialogService {
        @Override
        public void showError(String title, String message) {
            System.err.println("talentsync: " + title + ": " + message);
        }

        @Override
        public void showInformation(String title, String message) {
            System.out.println(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return false;
        }
    }

}
