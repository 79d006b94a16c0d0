package com.talentsync.app.gui.match;

import com.talentsync.core.resume.SupportedFormat;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Match screen: the resume on the left, the job ad on the right, the score and what to do
 * about it in the middle. Files and text can be dropped on either side.
 *
 * <p>Keys: Ctrl+Enter re-score, Ctrl+E edit the resume, Ctrl+O open a resume file,
 * Ctrl+Shift+V paste a job ad, Ctrl+Shift+O open a job-ad file, Ctrl+L job ad from a web
 * address, Esc cancel adding a job ad.
 */
public final class MatchView extends BorderPane {

    static final String STYLESHEET = "/com/talentsync/app/gui/match.css";

    private static final KeyCombination RESCORE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination OPEN_RESUME = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE_JOB = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination OPEN_JOB = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination JOB_URL = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);

    private final MatchViewModel viewModel;
    private final ResumeSide resumeSide;

    public MatchView(MatchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("match-view");
        getStylesheets().add(MatchView.class.getResource(STYLESHEET).toExternalForm());
        resumeSide = new ResumeSide(viewModel, this::pasteResume, this::openResumeFile);
        JobSide jobSide = new JobSide(viewModel.jobs(), this::pasteJob, this::openJobFile, this::jobFromUrl);
        SplitPane columns = new SplitPane(resumeSide, new ResultColumn(viewModel), jobSide);
        columns.setOrientation(Orientation.HORIZONTAL);
        columns.setDividerPositions(0.34, 0.64);
        setCenter(columns);
        installShortcuts();
        // Each visit reloads the lists: resumes may have been imported on another screen meanwhile.
        sceneProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.refresh();
            }
        });
    }

    private void installShortcuts() {
        // A filter, so the shortcuts work while the resume editor has the focus.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (RESCORE.match(event)) {
                viewModel.rescoreNow();
            } else if (EDIT.match(event)) {
                resumeSide.toggleEdit();
            } else if (OPEN_RESUME.match(event)) {
                openResumeFile();
            } else if (PASTE_JOB.match(event)) {
                pasteJob();
            } else if (OPEN_JOB.match(event)) {
                openJobFile();
            } else if (JOB_URL.match(event)) {
                jobFromUrl();
            } else if (CANCEL.match(event) && viewModel.jobs().loading().get()) {
                viewModel.jobs().cancelLoad();
            } else {
                return;
            }
            event.consume();
        });
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void pasteResume() {
        new PasteTextDialog(window(), "Paste a resume",
                "Paste the resume text to match. It is not saved in your library.", "Match this resume", clipboardText())
                .showAndWait()
                .ifPresent(viewModel::usePastedResume);
    }

    private void pasteJob() {
        if (viewModel.jobs().loading().get()) {
            return;
        }
        new PasteTextDialog(window(), "Paste a job ad",
                "Paste the whole ad: title, company, duties and requirements. It is kept with your job ads.",
                "Add job ad", clipboardText())
                .showAndWait()
                .ifPresent(viewModel.jobs()::addPasted);
    }

    private void jobFromUrl() {
        if (viewModel.jobs().loading().get()) {
            return;
        }
        String offered = clipboardText().strip();
        TextInputDialog dialog = new TextInputDialog(WebAddress.parse(offered).isPresent() ? offered : "https://");
        dialog.initOwner(window());
        dialog.setTitle("Job ad from the web");
        dialog.setHeaderText("The web address of the job ad. The page is fetched once and kept with your job ads.");
        dialog.setContentText("Address:");
        dialog.getEditor().setPrefColumnCount(40);
        dialog.showAndWait().ifPresent(viewModel.jobs()::fetch);
    }

    private void openResumeFile() {
        chooseFile("Open a resume to match").ifPresent(file -> viewModel.openResumeFile(file.toPath()));
    }

    private void openJobFile() {
        if (!viewModel.jobs().loading().get()) {
            chooseFile("Open a job ad").ifPresent(file -> viewModel.jobs().openFile(file.toPath()));
        }
    }

    private Optional<File> chooseFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = SupportedFormat.allExtensions().stream().map(extension -> "*." + extension).toList();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents (" + SupportedFormat.supportedList() + ")", patterns),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(window()));
    }

    private static String clipboardText() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? clipboard.getString() : "";
    }
}
