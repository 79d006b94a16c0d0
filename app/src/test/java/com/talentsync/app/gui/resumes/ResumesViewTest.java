package com.talentsync.app.gui.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.task.SynchronousTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ResumesViewTest {

    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final InMemoryResumeLibrary library = new InMemoryResumeLibrary();
    private ResumesViewModel viewModel;

    @Start
    void start(Stage stage) {
        // Synchronous: work runs on the FX thread as the click happens, so no waiting is needed.
        viewModel = new ResumesViewModel(() -> library, new SynchronousTaskExecutor(), dialogs);
        stage.setScene(new Scene(new ResumesView(viewModel, analysisOf(viewModel)), 1000, 650));
        stage.show();
    }

    private static ResumeAnalysisViewModel analysisOf(ResumesViewModel resumes) {
        return new ResumeAnalysisViewModel(id -> Optional.of(AnalysisFixtures.sample()), new SynchronousTaskExecutor(),
                resumes.selectedProperty());
    }

    private void importOnFxThread(List<Path> files) {
        WaitForAsyncUtils.asyncFx(() -> viewModel.importFiles(files));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingWhereAFindingIsSelectsThatLineOfTheText(FxRobot robot) throws IOException {
        importOnFxThread(List.of(Files.writeString(folder.resolve("ada.txt"), AnalysisFixtures.TEXT)));

        robot.clickOn("Experience, line 5");

        TextArea text = robot.lookup("#resume-text").queryAs(TextArea.class);
        assertThat(text.getSelectedText()).isEqualTo("Responsible for tables");
        assertThat(robot.lookup("#text-tab").tryQuery()).isPresent();
    }

    @Test
    void emptyListExplainsHowToAddResumes(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(viewModel::refresh);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#resume-table-empty").queryAs(Label.class).getText())
                .contains("No resumes yet").contains("Drop files here");
        assertThat(robot.lookup("#delete-button").queryButton().isDisabled()).isTrue();
    }

    @Test
    void importedResumesAreListedAndTheSelectedOnesTextIsShown(FxRobot robot) throws IOException {
        importOnFxThread(List.of(
                Files.writeString(folder.resolve("ada.txt"), "Ada Lovelace, analytical engines"),
                Files.writeString(folder.resolve("alan.txt"), "Alan Turing, computing machinery")));

        TableView<?> table = robot.lookup("#resume-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup("#analysis-category").queryAs(Label.class).getText()).isEqualTo("Java Developer");
        assertThat(robot.lookup("#review-score").queryAs(Label.class).getText()).isEqualTo("64 / 100");
        robot.clickOn("#text-tab");
        assertThat(robot.lookup("#resume-text").queryAs(TextArea.class).getText()).contains("Alan Turing");

        robot.clickOn("ada");
        assertThat(robot.lookup("#resume-text").queryAs(TextArea.class).getText()).contains("analytical engines");
        assertThat(robot.lookup("#resume-title").queryAs(Label.class).getText()).isEqualTo("ada");

        robot.clickOn("#resume-search").write("machinery");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);

        robot.clickOn("alan");
        robot.clickOn("#delete-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(library.list("")).hasSize(1);
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#resume-table-empty").queryAs(Label.class).getText()).contains("machinery");
    }
}
