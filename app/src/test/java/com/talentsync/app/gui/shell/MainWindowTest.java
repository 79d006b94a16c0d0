package com.talentsync.app.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.TaskHandle;
import com.talentsync.app.task.UiTaskExecutor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final UiTaskExecutor executor = new UiTaskExecutor();
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(executor.runningTasks(), "Data: /tmp/example");
        MainWindow window = new MainWindow(viewModel,
                area -> area == Area.SETTINGS ? () -> new Label("settings here") : null);
        Scene scene = new Scene(window, 1000, 700);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopWorkers() {
        executor.close();
    }

    @Test
    void sidebarListsEveryAreaAndUnbuiltOnesSaySo(FxRobot robot) {
        for (Area area : Area.values()) {
            assertThat(robot.lookup("#nav-" + area.name().toLowerCase(java.util.Locale.ROOT)).tryQuery()).isPresent();
        }
        robot.clickOn("#nav-match");

        assertThat(viewModel.selectedAreaProperty().get()).isEqualTo(Area.MATCH);
        assertThat(robot.lookup("#placeholder-match").tryQuery()).isPresent();
        assertThat(robot.lookup("Not built yet: this area arrives in a coming version.").tryQuery()).isPresent();
    }

    @Test
    void shortcutDigitsFollowTheSidebarOrder() {
        for (Area area : Area.values()) {
            assertThat(area.shortcutDigit()).as(area.title())
                    .isEqualTo(KeyCode.valueOf("DIGIT" + (area.ordinal() + 1)));
        }
        assertThat(Area.SPEECH.ordinal()).isEqualTo(Area.INTERVIEW.ordinal() + 1);
    }

    @Test
    void shortcutsOpenAreasAndClickingTheOpenAreaKeepsItOpen(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.selectedAreaProperty().get()).isEqualTo(Area.SETTINGS);
        assertThat(robot.lookup("settings here").tryQuery()).isPresent();

        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#nav-settings").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("settings here").tryQuery()).isPresent();
    }

    @Test
    void statusBarShowsARunningTaskAndItsCancelButtonStopsIt(FxRobot robot) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        TaskHandle handle = executor.execute(BackgroundTask.of("Long work", context -> {
                    context.updateMessage("step 1 of 3");
                    started.countDown();
                    while (!context.isCancelled()) {
                        Thread.onSpinWait();
                    }
                    sawCancel.set(true);
                    return null;
                })
                .onCancelled(ended::countDown));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Long work").tryQuery()).isPresent();
        assertThat(robot.lookup("step 1 of 3").tryQuery()).isPresent();

        robot.clickOn("Cancel");

        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(handle.isDone()).isTrue();
        assertThat(robot.lookup("Long work").tryQuery()).isEmpty();
        assertThat(robot.lookup("Ready").tryQuery()).isPresent();
    }
}
