package com.talentsync.app.gui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.UiTaskExecutor;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.store.StoredJob;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With the real worker threads: a screening runs in the background while the recruiter keeps working. */
@ExtendWith(ApplicationExtension.class)
class ScreeningViewWhileRunningTest {

    private static final Path FOLDER = Path.of("cvs");
    private static final Path ZIP = Path.of("late.zip");

    private final InMemoryScreeningBackend backend = new InMemoryScreeningBackend();
    private final UiTaskExecutor executor = new UiTaskExecutor();
    private final CountDownLatch firstFileDone = new CountDownLatch(1);
    private final CountDownLatch mayGoOn = new CountDownLatch(1);
    private ScreeningViewModel viewModel;
    private StoredJob job;

    @Start
    void start(Stage stage) {
        job = backend.job("Backend Engineer");
        backend.inputs.put(FOLDER, ScreeningFixtures.team());
        backend.inputs.put(ZIP, List.of(
                ScreeningFixtures.resume("late.zip!/edsger.pdf", "Edsger Dijkstra", 77, "Java Developer", 200, List.of("Java")),
                ScreeningFixtures.resume("late.zip!/barbara.pdf", "Barbara Liskov", 93, "Java Developer", 240, List.of("Java", "SQL"))));
        viewModel = new ScreeningViewModel(backend, executor, new RecordingDialogService());
        stage.setScene(new Scene(new ScreeningView(viewModel), 1280, 760));
        stage.show();
        viewModel.jobs().refresh();
    }

    @AfterEach
    void stopWorkers() {
        mayGoOn.countDown();
        executor.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRankingStaysUsableDuringARunAndCancelKeepsWhatWasDone(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.jobs().selectedProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> viewModel.screen(List.of(FOLDER)));
        waitUntil(() -> viewModel.rows().size() == 3);
        backend.afterFile = done -> {
            firstFileDone.countDown();
            try {
                mayGoOn.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        };

        WaitForAsyncUtils.asyncFx(() -> viewModel.screen(List.of(ZIP)));
        assertThat(firstFileDone.await(10, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> robot.lookup("#screening-message").queryAs(Label.class).getText().startsWith("Screened 1 of 2"));
        assertThat(robot.lookup("#screening-progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.5);
        assertThat(robot.lookup("#screening-running").query().isVisible()).isTrue();
        assertThat(robot.lookup("#add-files").queryButton().isDisabled()).isTrue();

        robot.clickOn("Grace Hopper");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> backend.stored(job.id(), "sha-cvs/grace_hopper.docx").status() == CandidateStatus.SHORTLISTED);

        robot.clickOn("#cancel-screening");
        assertThat(robot.lookup("#screening-message").queryAs(Label.class).getText()).startsWith("Cancelling");
        mayGoOn.countDown();
        waitUntil(() -> viewModel.run().stateProperty().get() == OperationState.CANCELLED && viewModel.rows().size() == 4);

        assertThat(viewModel.rows()).extracting(row -> row.resume().name())
                .containsExactly("Ada Lovelace", "Edsger Dijkstra", "Grace Hopper", "Alan Turing");
        assertThat(viewModel.selectedProperty().get().resume().name()).isEqualTo("Grace Hopper");
        assertThat(viewModel.selectedProperty().get().statusProperty().get()).isEqualTo(CandidateStatus.SHORTLISTED);
        assertThat(robot.lookup("#screening-running").query().isVisible()).as("progress and cancel go away").isFalse();
    }
}
