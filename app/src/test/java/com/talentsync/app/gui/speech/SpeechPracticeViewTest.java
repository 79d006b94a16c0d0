package com.talentsync.app.gui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.gui.ThemeManager;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.speech.audio.AudioLevel;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SpeechPracticeViewTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeSpeechBackend backend = new FakeSpeechBackend();

    @Start
    void start(Stage stage) {
        // Synchronous: recording starts and stops as the key is pressed.
        SpeechPracticeViewModel viewModel = new SpeechPracticeViewModel(backend, new SynchronousTaskExecutor(),
                Runnable::run, dialogs);
        Scene scene = new Scene(new SpeechPracticeView(viewModel), 1200, 800);
        scene.getStylesheets().add(SpeechPracticeView.class.getResource(ThemeManager.APP_STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static List<Text> runs(FxRobot robot, String styleClass) {
        return robot.lookup("#practice-transcript").queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .map(Text.class::cast)
                .filter(run -> run.getStyleClass().contains(styleClass))
                .toList();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void beforeTheFirstAttemptThePageSaysWhatToDo(FxRobot robot) {
        Label empty = robot.lookup("#practice-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).startsWith("Press Record and answer out loud");
        assertThat(robot.lookup("#practice-result-scroller").query().isVisible()).isFalse();
        assertThat(robot.lookup("#recorder-status").queryAs(Label.class).getText())
                .isEqualTo("Ready: press Record (Space) and answer out loud.");
        assertThat(robot.lookup("#recorder-timer").queryAs(Label.class).getText()).isEqualTo("00:00");
    }

    @Test
    void spaceRecordsAndStopsThenTheHighlightsMetricsAndChartAppear(FxRobot robot) {
        press(robot, KeyCode.SPACE);
        assertThat(robot.lookup("#recorder-status").queryAs(Label.class).getText()).startsWith("Recording…");
        backend.sessions.getFirst().elapsed = 7.5;
        robot.interact(() -> {
            backend.liveListener.finalText("so um I think");
            backend.liveListener.partial("we shipped");
            backend.liveListener.level(new AudioLevel(-58, -50, AudioLevel.Warning.TOO_QUIET));
        });
        RecorderPane recorder = robot.lookup(".recorder-pane").queryAs(RecorderPane.class);
        assertThat(recorder.liveText()).isEqualTo("so um I think we shipped");
        assertThat(robot.lookup("#level-warning").queryAs(Label.class).getText()).isEqualTo(RecorderViewModel.TOO_QUIET);
        assertThat(robot.lookup("#level-warning").query().isVisible()).isTrue();
        assertThat(robot.lookup("#recorder-timer").queryAs(Label.class).getText()).isEqualTo("00:07");
        press(robot, KeyCode.SPACE);

        assertThat(robot.lookup("#practice-empty").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#practice-result-scroller").query().isVisible()).isTrue();
        assertThat(runs(robot, "speech-filler")).extracting(Text::getText).containsExactly("um");
        assertThat(runs(robot, "speech-long-pause")).extracting(Text::getText).containsExactly("[pause 2.4 s]");
        assertThat(robot.lookup("#metric-wpm").queryAs(Label.class).getText()).isEqualTo("142 wpm");
        assertThat(robot.lookup("In band").tryQuery()).isPresent();
        assertThat(robot.lookup("A pace that is easy to follow.").tryQuery()).isPresent();
        assertThat(robot.lookup("120–160 words per minute").tryQuery()).isPresent();
        LineChart<?, ?> chart = robot.lookup("#pace-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(3);
        assertThat(chart.getData().getFirst().getData()).hasSize(2);
        assertThat(robot.lookup("#play-button").queryButton().getText()).isEqualTo("▶ Play");
        assertThat(robot.lookup("#practice-history").queryListView().getItems()).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void noMicrophoneIsSaidOnThePageAndTheFileButtonStillWorks(FxRobot robot) {
        backend.microphoneFailure = new InputException(InputError.Kind.UNAVAILABLE,
                "no microphone: no audio input device was found");

        robot.clickOn("#record-button");

        assertThat(robot.lookup("#recorder-status").queryAs(Label.class).getText())
                .startsWith("no microphone: no audio input device was found");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(robot.lookup("#open-audio").queryButton().isDisabled()).isFalse();
    }
}
