package com.talentsync.app.gui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.store.StoredJob;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScreeningViewTest {

    private static final Path FOLDER = Path.of("cvs");

    private final InMemoryScreeningBackend backend = new InMemoryScreeningBackend();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ScreeningViewModel viewModel;
    private StoredJob job;

    @Start
    void start(Stage stage) {
        job = backend.job("Backend Engineer");
        backend.inputs.put(FOLDER, ScreeningFixtures.team());
        backend.unreadable.put(Path.of("cvs/broken.pdf"), "cannot read broken.pdf: the file is damaged");
        // Synchronous: work runs on the FX thread as the click happens, so no waiting is needed.
        viewModel = new ScreeningViewModel(backend, new SynchronousTaskExecutor(), dialogs);
        viewModel.jobs().refresh();
        stage.setScene(new Scene(new ScreeningView(viewModel), 1280, 760));
        stage.show();
    }

    private void screenOnFxThread(List<Path> inputs) {
        WaitForAsyncUtils.asyncFx(() -> viewModel.screen(inputs));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void pressShortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void beforeAnyResumeTheTableSaysWhereToDropThem(FxRobot robot) {
        assertThat(robot.lookup("#candidate-table-empty").queryAs(Label.class).getText())
                .startsWith("Drop a folder, files or a ZIP of resumes here");
        assertThat(robot.lookup("#export-menu").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#add-files").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aScreeningResultAppearsRankedWithItsFailures(FxRobot robot) {
        screenOnFxThread(List.of(FOLDER, Path.of("cvs/broken.pdf")));

        TableView<CandidateRow> table = robot.lookup("#candidate-table").queryTableView();
        assertThat(table.getItems()).extracting(row -> row.resume().name())
                .containsExactly("Ada Lovelace", "Grace Hopper", "Alan Turing");
        assertThat(robot.lookup("Grace Hopper").tryQuery()).isPresent();
        assertThat(robot.lookup("#screening-summary").queryAs(Label.class).getText()).startsWith("Ranked 3 resumes");
        assertThat(robot.lookup("#candidate-count").queryAs(Label.class).getText()).isEqualTo("3 candidates");

        robot.clickOn("Failed (1)");
        assertThat(robot.lookup("cannot read broken.pdf: the file is damaged").tryQuery()).isPresent();
        robot.clickOn("Ranking");
        robot.clickOn("Alan Turing");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("Alan Turing");
    }

    @Test
    void blindReviewHidesTheNamesInTheTableAndTheDetail(FxRobot robot) {
        screenOnFxThread(List.of(FOLDER));
        robot.clickOn("Grace Hopper");

        pressShortcut(robot, KeyCode.B);

        assertThat(robot.lookup("Grace Hopper").tryQuery()).isEmpty();
        assertThat(robot.lookup("Ada Lovelace").tryQuery()).isEmpty();
        assertThat(robot.lookup("cvs/grace_hopper.docx").tryQuery()).isEmpty();
        assertThat(robot.lookup("Candidate 1").tryQuery()).isPresent();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("Candidate 2");
        assertThat(robot.lookup("#detail-text").queryAs(TextArea.class).getText()).doesNotContain("Grace", "Hopper");

        robot.clickOn("#blind-toggle");
        assertThat(robot.lookup("Grace Hopper").tryQuery()).isPresent();
    }

    @Test
    void aStatusChosenInTheDetailOrByShortcutReachesTheBackend(FxRobot robot) {
        screenOnFxThread(List.of(FOLDER));
        robot.clickOn("Grace Hopper");

        robot.clickOn("#detail-status");
        robot.clickOn("Interview");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(backend.stored(job.id(), "sha-cvs/grace_hopper.docx").status()).isEqualTo(CandidateStatus.INTERVIEW);

        robot.clickOn("Alan Turing");
        pressShortcut(robot, KeyCode.S);
        assertThat(backend.stored(job.id(), "sha-cvs/alan_turing.txt").status()).isEqualTo(CandidateStatus.SHORTLISTED);
        assertThat(robot.lookup("Shortlisted").tryQuery()).as("the table's status cell follows").isPresent();

        TableView<CandidateRow> table = robot.lookup("#candidate-table").queryTableView();
        WaitForAsyncUtils.asyncFx(() -> table.edit(0, table.getColumns().stream()
                .filter(column -> "column-status".equals(column.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".table-cell .combo-box");
        robot.clickOn("Rejected");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(backend.stored(job.id(), "sha-cvs/ada_lovelace.pdf").status()).isEqualTo(CandidateStatus.REJECTED);
    }

    @Test
    void notesTypedInTheDetailAreSavedWhenTheFieldLosesFocus(FxRobot robot) {
        screenOnFxThread(List.of(FOLDER));
        robot.clickOn("Ada Lovelace");

        robot.clickOn("#detail-notes").write("Call back on Monday");
        robot.clickOn("#filter-search");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(backend.stored(job.id(), "sha-cvs/ada_lovelace.pdf").notes()).isEqualTo("Call back on Monday");
        assertThat(robot.lookup("Call back on Monday").tryQuery()).as("the notes column shows them").isPresent();
    }

    @Test
    void typingInTheSearchFieldFiltersTheTable(FxRobot robot) {
        screenOnFxThread(List.of(FOLDER));

        robot.clickOn("#filter-search").write("python");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<CandidateRow> table = robot.lookup("#candidate-table").queryTableView();
        assertThat(table.getItems()).extracting(row -> row.resume().name()).containsExactly("Alan Turing");
        assertThat(robot.lookup("#candidate-count").queryAs(Label.class).getText()).isEqualTo("Shown 1 of 3");
        robot.clickOn("#clear-filters");
        assertThat(table.getItems()).hasSize(3);
    }
}
