package com.talentsync.app.gui.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.core.store.StoredJob;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MatchViewTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeMatchBackend backend = new FakeMatchBackend();

    @Start
    void start(Stage stage) {
        backend.addResume("Ada", MatchViewModelTest.ADA);
        backend.storeJob("Backend Engineer", "pasted", MatchViewModelTest.BACKEND_AD);
        // Synchronous and without the typing pause: work finishes as the click or key happens.
        MatchViewModel viewModel = new MatchViewModel(backend, new SynchronousTaskExecutor(), dialogs, (delay, context) -> {});
        stage.setScene(new Scene(new MatchView(viewModel), 1280, 800));
        stage.show();
    }

    private static void chooseBoth(FxRobot robot) {
        robot.clickOn("#resume-combo").clickOn("Ada");
        robot.clickOn("#job-combo").clickOn("Backend Engineer — Acme");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String paneId) {
        return robot.lookup(paneId).queryAs(Pane.class).getChildren().stream()
                .map(node -> ((Label) node).getText())
                .toList();
    }

    private static List<String> runs(FxRobot robot, String viewId, String styleClass) {
        return robot.lookup(viewId).queryAs(HighlightedTextView.class).runs().stream()
                .filter(run -> run.getStyleClass().contains(styleClass))
                .map(Text::getText)
                .toList();
    }

    @Test
    void beforeAnythingIsChosenEachPlaceSaysWhatToDo(FxRobot robot) {
        assertThat(robot.lookup("#match-empty").queryAs(Label.class).getText())
                .isEqualTo("Choose a resume on the left and a job ad on the right to see how well they match.");
        assertThat(robot.lookup("#resume-empty").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#job-empty").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#score-value").queryAs(Label.class).getText()).isEqualTo("–");
    }

    @Test
    void choosingAResumeAndAJobShowsTheScoreItsPartsAndTheSkills(FxRobot robot) {
        chooseBoth(robot);

        assertThat(robot.lookup("#score-value").queryAs(Label.class).getText()).isEqualTo("50");
        assertThat(robot.lookup("Fair match").tryQuery()).isPresent();
        assertThat(robot.lookup("#component-hardSkills").tryQuery()).isPresent();
        assertThat(robot.lookup("Hard skills").tryQuery()).isPresent();
        assertThat(robot.lookup("60% of the score").tryQuery()).isPresent();
        assertThat(robot.lookup("not weighed").tryQuery()).isPresent();
        assertThat(texts(robot, "#matched-chips")).containsExactly("Java", "SQL");
        assertThat(texts(robot, "#missing-required-chips")).containsExactly("Kafka");
        assertThat(texts(robot, "#missing-preferred-chips")).containsExactly("Terraform");
        assertThat(runs(robot, "#resume-highlighted", "skill-matched")).containsExactly("Java", "SQL");
        assertThat(runs(robot, "#job-highlighted", "skill-missing-required")).containsExactly("Kafka");
        assertThat(runs(robot, "#job-highlighted", "skill-missing-preferred")).containsExactly("Terraform");
        assertThat(robot.lookup("#match-empty").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#match-result").query().isVisible()).isTrue();
        assertThat(robot.lookup("#history-summary").queryAs(Label.class).getText()).isEqualTo("First match with this job: 50.");
    }

    @Test
    void aBackendErrorShowsADialogAndTheResultAreaSaysSo(FxRobot robot) {
        backend.matchFailure = new IllegalStateException("the skills taxonomy could not be read");

        chooseBoth(robot);

        assertThat(dialogs.errors).containsExactly("Could not score the match: the skills taxonomy could not be read");
        assertThat(robot.lookup("#match-empty").queryAs(Label.class).getText())
                .isEqualTo("The match could not be scored: the skills taxonomy could not be read");
    }

    @Test
    void clickingASuggestionSelectsItsLineInTheResumeEditor(FxRobot robot) {
        chooseBoth(robot);

        robot.clickOn("Name Kafka where you used it");

        TextArea editor = robot.lookup("#resume-editor").queryAs(TextArea.class);
        assertThat(editor.isVisible()).isTrue();
        assertThat(editor.getSelectedText()).isEqualTo("Built billing services in Java and SQL");
    }

    @Test
    void editingTheResumeMovesTheScoreAndTheHistoryChartFollows(FxRobot robot) {
        chooseBoth(robot);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        TextArea editor = robot.lookup("#resume-editor").queryAs(TextArea.class);
        WaitForAsyncUtils.asyncFx(editor::end);
        WaitForAsyncUtils.waitForFxEvents();

        robot.write(" Kafka");

        assertThat(robot.lookup("#score-value").queryAs(Label.class).getText()).isEqualTo("75");
        assertThat(texts(robot, "#missing-required-chips")).isEmpty();
        assertThat(robot.lookup("#history-chart").query().isVisible()).isTrue();
        assertThat(robot.lookup("#history-summary").queryAs(Label.class).getText()).startsWith("Score 50 → 75 (+25) over");
        assertThat(robot.lookup("#resume-origin").queryAs(Label.class).getText()).isEqualTo("Ada · edited, not saved");

        int scoredBefore = backend.matchedTexts.size();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(backend.matchedTexts).hasSize(scoredBefore + 1);

        robot.clickOn("#revert-button");
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(editor.getText()).isEqualTo(MatchViewModelTest.ADA);
        assertThat(robot.lookup("#score-value").queryAs(Label.class).getText()).isEqualTo("50");
    }

    @Test
    void ctrlLAsksForAWebAddressAndAddsTheFetchedJobAd(FxRobot robot) {
        StoredJob page = new StoredJob(9, "Data Engineer", "Initech", "https://jobs.example.com/9",
                "Data Engineer\nPython and SQL every day", Instant.EPOCH);
        backend.pages.put("https://jobs.example.com/9", page);
        robot.clickOn("#resume-combo").clickOn("Ada");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField address = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> address.setText("jobs.example.com/9"));
        robot.clickOn(address).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("Data Engineer — Initech").tryQuery()).isPresent();
        // Python is missing, SQL shown: half the ad's skills.
        assertThat(robot.lookup("#score-value").queryAs(Label.class).getText()).isEqualTo("50");
        assertThat(dialogs.errors).isEmpty();
    }
}
