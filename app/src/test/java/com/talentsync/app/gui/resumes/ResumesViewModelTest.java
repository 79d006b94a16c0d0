package com.talentsync.app.gui.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.app.gui.RecordingDialogService;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.SynchronousTaskExecutor;
import com.talentsync.core.resume.ImportOutcome;
import com.talentsync.core.resume.ResumeLibrary;
import com.talentsync.core.resume.ResumeSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumesViewModelTest {

    @TempDir
    Path folder;

    private final InMemoryResumeLibrary library = new InMemoryResumeLibrary();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ResumesViewModel viewModel;

    @BeforeEach
    void setUp() {
        viewModel = new ResumesViewModel(() -> library, new SynchronousTaskExecutor(), dialogs);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void emptyStateSaysHowToImportOnceLoaded() {
        assertThat(viewModel.emptyMessage().get()).contains("Opening");
        viewModel.refresh();
        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.emptyMessage().get()).contains("No resumes yet").contains("Ctrl+O");
    }

    @Test
    void importingFilesListsThemAndSelectsTheLastOne() throws IOException {
        viewModel.importFiles(List.of(file("ada.txt", "Ada Lovelace analyst"), file("alan.txt", "Alan Turing logician")));

        assertThat(viewModel.resumes()).extracting(ResumeSummary::displayName).containsExactly("alan", "ada");
        assertThat(viewModel.selectedProperty().get().displayName()).isEqualTo("alan");
        assertThat(viewModel.selectedTextProperty().get()).isEqualTo("Alan Turing logician");
        assertThat(viewModel.importStateProperty().get()).isEqualTo(OperationState.DONE);
        assertThat(viewModel.lastImportSummaryProperty().get()).isEqualTo("Imported 2 resumes.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void refusedFilesAreReportedInOneDialogAndTheRestIsKept() throws IOException {
        viewModel.importFiles(List.of(file("ok.txt", "fine"), folder.resolve("missing.txt"), file("x.xyz", "?")));

        assertThat(viewModel.resumes()).hasSize(1);
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Some files were not imported")
                .contains("file not found: missing.txt")
                .contains("unsupported file type: x.xyz");
        assertThat(viewModel.lastImportSummaryProperty().get()).isEqualTo("Imported 1 resume, 2 refused.");
    }

    @Test
    void reimportingTheSameContentIsCountedAsAlreadyStored() throws IOException {
        Path first = file("a.txt", "same words");
        viewModel.importFiles(List.of(first));
        viewModel.importFiles(List.of(file("copy.txt", "same words")));

        assertThat(viewModel.resumes()).hasSize(1);
        assertThat(viewModel.lastImportSummaryProperty().get()).isEqualTo("Imported 0 resumes, 1 already stored.");
    }

    @Test
    void searchFiltersAndExplainsAnEmptyResult() throws IOException {
        viewModel.importFiles(List.of(file("ada.txt", "Ada Lovelace analyst"), file("alan.txt", "Alan Turing logician")));

        viewModel.queryProperty().set("logic");
        assertThat(viewModel.resumes()).extracting(ResumeSummary::displayName).containsExactly("alan");

        viewModel.queryProperty().set("zebra");
        assertThat(viewModel.resumes()).isEmpty();
        assertThat(viewModel.emptyMessage().get()).isEqualTo("No resume matches \"zebra\".");
    }

    @Test
    void pastedTextIsStoredUnderItsFirstLineWhenNoNameIsGiven() {
        viewModel.importText("", "Grace Hopper\nRear admiral, compilers");

        assertThat(viewModel.resumes()).extracting(ResumeSummary::displayName).containsExactly("Grace Hopper");
        assertThat(viewModel.selectedTextProperty().get()).contains("compilers");
    }

    @Test
    void blankPastedTextIsRefusedWithAClearMessage() {
        viewModel.importText("x", "   ");

        assertThat(viewModel.resumes()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("pasted text is empty");
    }

    @Test
    void deleteAsksFirstAndKeepsTheResumeWhenTheUserSaysNo() throws IOException {
        viewModel.importFiles(List.of(file("ada.txt", "Ada")));
        dialogs.answer = false;

        viewModel.deleteSelected();

        assertThat(dialogs.confirmations).singleElement().asString().contains("ada").contains("cannot be undone");
        assertThat(viewModel.resumes()).hasSize(1);

        dialogs.answer = true;
        viewModel.deleteSelected();
        assertThat(viewModel.resumes()).isEmpty();
        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(viewModel.selectedTextProperty().get()).isEmpty();
        assertThat(viewModel.deleteDisabled().get()).isTrue();
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsWhatWasImported() throws IOException {
        List<Path> files = List.of(file("a.txt", "one"), file("b.txt", "two"), file("c.txt", "three"));
        ResumesViewModel[] owner = new ResumesViewModel[1];
        // Cancels from inside the first file's import, as a click during a long import would.
        ResumeLibrary cancelsAfterFirstFile = new ForwardingLibrary(library) {
            @Override
            public ImportOutcome importFile(Path file) {
                ImportOutcome outcome = super.importFile(file);
                owner[0].cancelImport();
                return outcome;
            }
        };
        owner[0] = new ResumesViewModel(() -> cancelsAfterFirstFile, new SynchronousTaskExecutor(), dialogs);

        owner[0].importFiles(files);

        assertThat(owner[0].importStateProperty().get()).isEqualTo(OperationState.CANCELLED);
        assertThat(library.list("")).hasSize(1);
        assertThat(owner[0].resumes()).hasSize(1);
        assertThat(owner[0].lastImportSummaryProperty().get()).contains("cancelled");
    }

    @Test
    void aFailingLibraryEndsTheImportAsFailedWithADialog() throws IOException {
        Path file = file("a.txt", "one");
        ResumesViewModel broken = new ResumesViewModel(() -> {
            throw new IllegalStateException("disk full");
        }, new SynchronousTaskExecutor(), dialogs);

        broken.importFiles(List.of(file));

        assertThat(broken.importStateProperty().get()).isEqualTo(OperationState.FAILED);
        assertThat(dialogs.errors).anySatisfy(error -> assertThat(error).startsWith("Import failed").contains("disk full"));
    }
}
