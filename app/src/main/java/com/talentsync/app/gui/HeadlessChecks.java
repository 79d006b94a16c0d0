package com.talentsync.app.gui;

import com.talentsync.app.AppServices;
import com.talentsync.app.GuiOptions;
import com.talentsync.app.cli.ExitCodes;
import com.talentsync.app.gui.resumes.ResumeAnalysisViewModel;
import com.talentsync.app.gui.resumes.ResumesViewModel;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.core.resume.ExtractedDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * The self-ending runs: {@code --smoke-test} (packaging check), {@code --screenshot} and
 * {@code --measure-startup}. Each starts once the window is up and the library is open.
 */
final class HeadlessChecks {

    private static final String SMOKE_MARKER = "TalentSync smoke check";
    private static final Duration IDLE_BEFORE_MEMORY_READING = Duration.seconds(10);

    private HeadlessChecks() {}

    static void afterLibraryOpened(GuiOptions options, Scene scene, ResumesViewModel resumes,
            ResumeAnalysisViewModel analysis, TaskExecutor executor, IntConsumer end) {
        if (options.smokeTest()) {
            smokeTest(options.services(), executor, end);
        } else if (options.screenshot().isPresent()) {
            whenLoaded(resumes, () -> {
                if (!resumes.resumes().isEmpty()) {
                    resumes.selectedProperty().set(resumes.resumes().getFirst());
                }
                whenAnalysed(analysis, () -> after(Duration.millis(700), () -> {
                    Path target = options.screenshot().get();
                    try {
                        Snapshots.writePng(scene, target);
                        System.out.println("screenshot saved: " + target.toAbsolutePath());
                        end.accept(ExitCodes.OK);
                    } catch (IOException e) {
                        System.err.println("talentsync: could not write the screenshot " + target + ": " + e.getMessage());
                        end.accept(ExitCodes.FAILURE);
                    }
                }));
            });
        } else if (options.measureStartup()) {
            System.out.println("library-ready-ms=" + StartupProbe.millisSinceLaunch());
            after(IDLE_BEFORE_MEMORY_READING, () -> {
                System.out.println("idle-rss-mib=" + StartupProbe.residentMib().map(String::valueOf).orElse("unknown"));
                end.accept(ExitCodes.OK);
            });
        }
    }

    /** Proves the database opens and Tika finds its parsers in this build (a shaded jar may not). */
    private static void smokeTest(AppServices services, TaskExecutor executor, IntConsumer end) {
        executor.execute(BackgroundTask.of("Smoke test", context -> {
                    int stored = services.resumeLibrary().list("").size();
                    Path probe = Files.createTempFile("talentsync-smoke", ".html");
                    try {
                        Files.writeString(probe, "<html><body><p>" + SMOKE_MARKER + "</p></body></html>", StandardCharsets.UTF_8);
                        ExtractedDocument read = services.documentReader().read(probe);
                        if (!read.text().contains(SMOKE_MARKER)) {
                            throw new IllegalStateException("Tika returned no text for a known HTML file");
                        }
                        return "smoke test passed: database in " + services.dataFolder() + " (" + stored
                                + " resumes), window built, Tika read " + read.mediaType();
                    } finally {
                        Files.deleteIfExists(probe);
                    }
                })
                .onSuccess(report -> {
                    System.out.println(report);
                    end.accept(ExitCodes.OK);
                })
                .onFailure(failure -> {
                    System.err.println("talentsync: smoke test failed: " + failure.getMessage());
                    end.accept(ExitCodes.FAILURE);
                }));
    }

    /** The picture should show the analysis, not its spinner (the first one may train the model). */
    private static void whenAnalysed(ResumeAnalysisViewModel analysis, Runnable action) {
        if (analysis.stateProperty().get() != OperationState.RUNNING) {
            action.run();
            return;
        }
        analysis.stateProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends OperationState> observable,
                    OperationState before, OperationState after) {
                if (after != OperationState.RUNNING) {
                    analysis.stateProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }

    private static void whenLoaded(ResumesViewModel resumes, Runnable action) {
        if (resumes.loadedProperty().get()) {
            action.run();
            return;
        }
        ChangeListener<Boolean> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean before, Boolean after) {
                if (after) {
                    resumes.loadedProperty().removeListener(this);
                    action.run();
                }
            }
        };
        resumes.loadedProperty().addListener(listener);
    }

    private static void after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(event -> action.run());
        pause.play();
    }
}
