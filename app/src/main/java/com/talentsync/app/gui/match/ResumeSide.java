package com.talentsync.app.gui.match;

import com.talentsync.app.gui.DropSupport;
import com.talentsync.app.task.OperationState;
import com.talentsync.core.resume.ResumeSummary;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The resume half of the Match screen: choose from the library, paste or open a file; read the
 * text with matched skills highlighted, or switch to Edit and change it (re-scored as you type).
 */
final class ResumeSide extends VBox {

    private final MatchViewModel viewModel;
    private final ComboBox<ResumeSummary> combo = new ComboBox<>();
    private final TextArea editor = new TextArea();
    private final ToggleButton editToggle = new ToggleButton("Edit");
    private final HighlightedTextView highlighted;
    private boolean syncing;

    ResumeSide(MatchViewModel viewModel, Runnable paste, Runnable openFile) {
        super(6);
        this.viewModel = viewModel;
        getStyleClass().addAll("match-side", "resume-side");
        setPadding(new Insets(8, 8, 8, 10));
        highlighted = new HighlightedTextView(viewModel.resumeDocumentProperty());
        highlighted.setId("resume-highlighted");

        Label title = new Label("Resume");
        title.getStyleClass().add("title-4");
        Button pasteButton = button("Paste…", "paste-resume-button", "Match pasted resume text (not saved in the library)", paste);
        Button openButton = button("File…", "open-resume-button", "Match a resume file (Ctrl+O); you can also drop one here", openFile);
        setUpCombo();

        getChildren().addAll(header(title, pasteButton, openButton), combo, originRow(), loadingBar(), textArea());
        DropSupport.install(this, files -> viewModel.openResumeFile(files.getFirst()), viewModel::usePastedResume);
        viewModel.requestedLineProperty().addListener((observable, before, after) -> showLine(after.intValue()));
    }

    static HBox header(Label title, Button... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer);
        for (Button button : buttons) {
            button.setMinWidth(Region.USE_PREF_SIZE); // the text area gives way, never a button's label
            header.getChildren().add(button);
        }
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void setUpCombo() {
        combo.setId("resume-combo");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setItems(viewModel.resumes());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(ResumeSummary resume) {
                return resume == null ? "" : resume.displayName();
            }

            @Override
            public ResumeSummary fromString(String text) {
                return null;
            }
        });
        combo.promptTextProperty().bind(Bindings.createStringBinding(
                () -> viewModel.resumes().isEmpty() ? "No resumes in the library yet" : "Choose from your library",
                viewModel.resumes()));
        combo.setTooltip(new Tooltip("Resumes you imported on the Resumes screen"));
        // The view model may refuse a choice (unsaved edits kept), so the combo follows it back.
        combo.valueProperty().addListener((observable, before, after) -> {
            if (!syncing && after != null) {
                viewModel.chooseResume(after);
                syncCombo();
            }
        });
        viewModel.selectedResumeProperty().addListener((observable, before, after) -> syncCombo());
        viewModel.resumes().addListener((javafx.collections.ListChangeListener<ResumeSummary>) change -> syncCombo());
    }

    private void syncCombo() {
        syncing = true;
        try {
            combo.setValue(viewModel.selectedResumeProperty().get());
        } finally {
            syncing = false;
        }
    }

    private HBox originRow() {
        Label origin = new Label();
        origin.setId("resume-origin");
        origin.getStyleClass().add("text-muted");
        origin.textProperty().bind(Bindings.createStringBinding(() -> {
            String from = viewModel.resumeOriginProperty().get();
            return from.isEmpty() ? "" : viewModel.resumeEdited().get() ? from + " · edited, not saved" : from;
        }, viewModel.resumeOriginProperty(), viewModel.resumeEdited()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button revert = button("Revert", "revert-button",
                "Revert to saved text: put back the text as it was opened", viewModel::revertResume);
        revert.setMinWidth(Region.USE_PREF_SIZE);
        editToggle.setMinWidth(Region.USE_PREF_SIZE);
        revert.visibleProperty().bind(viewModel.resumeEdited());
        revert.managedProperty().bind(revert.visibleProperty());
        editToggle.setId("edit-toggle");
        editToggle.setTooltip(new Tooltip("Edit the resume text; the score follows as you type (Ctrl+E)"));
        editToggle.selectedProperty().addListener((observable, before, editing) -> {
            if (editing) {
                editor.requestFocus();
            } else if (viewModel.resultOutdated().get()) {
                viewModel.rescoreNow();
            }
        });
        HBox row = new HBox(6, origin, spacer, revert, editToggle);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private ProgressBar loadingBar() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("resume-loading");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(viewModel.resumeLoadStateProperty().isEqualTo(OperationState.RUNNING));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private StackPane textArea() {
        editor.setId("resume-editor");
        editor.setWrapText(true);
        editor.setPromptText("Type or paste the resume text here");
        editor.textProperty().bindBidirectional(viewModel.resumeTextProperty());
        editor.visibleProperty().bind(editToggle.selectedProperty());
        highlighted.visibleProperty().bind(editToggle.selectedProperty().not());

        Label empty = new Label("Choose a resume from your library, paste one, or drop a resume file here.");
        empty.setId("resume-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(viewModel.resumeTextProperty().isEmpty().and(editToggle.selectedProperty().not()));
        StackPane stack = new StackPane(highlighted, editor, empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        StackPane.setMargin(empty, new Insets(8, 10, 8, 10));
        VBox.setVgrow(stack, Priority.ALWAYS);
        return stack;
    }

    void toggleEdit() {
        editToggle.setSelected(!editToggle.isSelected());
    }

    /** Switches to the editor and selects the line, so a suggestion's place is easy to see and fix. */
    private void showLine(int line) {
        TextLines.of(editor.getText(), line).ifPresent(span -> {
            editToggle.setSelected(true);
            editor.requestFocus();
            editor.selectRange(span.start(), span.end());
        });
    }
}
