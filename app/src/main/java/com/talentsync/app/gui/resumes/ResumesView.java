package com.talentsync.app.gui.resumes;

import com.talentsync.app.gui.DropSupport;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.resume.SupportedFormat;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.controlsfx.control.textfield.TextFields;

/** The Resumes screen: toolbar, searchable list, detail pane; files can be dropped anywhere on it. */
public final class ResumesView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

    private final ResumesViewModel viewModel;
    private final ResumeAnalysisViewModel analysis;
    private final TableView<ResumeSummary> table = new TableView<>();
    private final TextArea text = new TextArea();
    private final TabPane detailTabs = new TabPane();
    private final TextField search = TextFields.createClearableTextField();

    public ResumesView(ResumesViewModel viewModel, ResumeAnalysisViewModel analysis) {
        this.viewModel = viewModel;
        this.analysis = analysis;
        getStyleClass().add("resumes-view");
        setTop(buildToolbar());
        setCenter(buildContent());
        setBottom(buildFooter());
        installShortcuts();
        installDragAndDrop();
    }

    private HBox buildToolbar() {
        Button importButton = new Button("Import…");
        importButton.setId("import-button");
        importButton.setTooltip(new Tooltip("Import resume files (Ctrl+O)"));
        importButton.setOnAction(event -> chooseAndImport());
        importButton.getStyleClass().add("accent");

        Button pasteButton = new Button("Paste text…");
        pasteButton.setId("paste-button");
        pasteButton.setTooltip(new Tooltip("Save a resume from pasted text (Ctrl+Shift+V)"));
        pasteButton.setOnAction(event -> pasteText());

        Button cancelButton = new Button("Cancel import");
        cancelButton.setId("cancel-import-button");
        cancelButton.visibleProperty().bind(viewModel.importRunning());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.setOnAction(event -> viewModel.cancelImport());

        Button deleteButton = new Button("Delete");
        deleteButton.setId("delete-button");
        deleteButton.setTooltip(new Tooltip("Delete the selected resume (Delete)"));
        deleteButton.disableProperty().bind(viewModel.deleteDisabled());
        deleteButton.setOnAction(event -> viewModel.deleteSelected());
        deleteButton.getStyleClass().add("danger");

        importButton.disableProperty().bind(viewModel.importRunning());
        pasteButton.disableProperty().bind(viewModel.importRunning());

        search.setId("resume-search");
        search.setPromptText("Search name, file or text (Ctrl+F)");
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(viewModel.queryProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A plain row rather than a ToolBar: AtlantaFX flattens toolbar buttons, which hides the accent.
        HBox bar = new HBox(8, importButton, pasteButton, cancelButton, deleteButton, spacer, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("resumes-toolbar");
        return bar;
    }

    private SplitPane buildContent() {
        table.setId("resume-table");
        table.setItems(viewModel.resumes());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", 170, ResumeSummary::displayName));
        table.getColumns().add(column("File", 150, ResumeSummary::fileName));
        table.getColumns().add(column("Imported", 100,
                resume -> DAY.format(resume.createdAt().atZone(ZoneId.systemDefault()))));
        Label empty = new Label();
        empty.setId("resume-table-empty");
        empty.textProperty().bind(viewModel.emptyMessage());
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);

        // Table selection and view-model selection follow each other both ways.
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(after);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (after == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != after) {
                table.getSelectionModel().select(after);
                table.scrollTo(after);
            }
        });

        SplitPane split = new SplitPane(table, buildDetail());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        return split;
    }

    private StackPane buildDetail() {
        Label title = new Label();
        title.setId("resume-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.selectedProperty().get() == null ? "" : viewModel.selectedProperty().get().displayName(),
                viewModel.selectedProperty()));
        Label meta = new Label();
        meta.getStyleClass().add("text-muted");
        meta.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.selectedProperty().get()),
                viewModel.selectedProperty()));
        text.setId("resume-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(viewModel.selectedTextProperty());
        Tab analysisTab = new Tab("Analysis", new ResumeAnalysisView(analysis));
        analysisTab.setId("analysis-tab");
        Tab textTab = new Tab("Text", text);
        textTab.setId("text-tab");
        detailTabs.getTabs().setAll(analysisTab, textTab);
        detailTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        analysis.requestedLineProperty().addListener((observable, before, after) -> showLine(after.intValue()));
        VBox.setVgrow(detailTabs, Priority.ALWAYS);
        VBox detail = new VBox(6, title, meta, detailTabs);
        detail.setPadding(new Insets(8, 8, 8, 12));
        detail.visibleProperty().bind(viewModel.selectedProperty().isNotNull());

        Label hint = new Label("Select a resume to see the text TalentSync extracted from it.");
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(viewModel.selectedProperty().isNull());
        return new StackPane(hint, detail);
    }

    /** Shows the Text tab with the given line selected, so a finding's place is easy to see. */
    private void showLine(int line) {
        if (line < 0) {
            return;
        }
        String all = text.getText();
        int start = 0;
        for (int i = 0; i < line && start >= 0; i++) {
            start = all.indexOf('\n', start) + 1;
            if (start == 0) {
                return; // the text has fewer lines than the finding says
            }
        }
        int end = all.indexOf('\n', start);
        detailTabs.getSelectionModel().select(1);
        text.requestFocus();
        text.selectRange(start, end < 0 ? all.length() : end);
    }

    private Label buildFooter() {
        Label summary = new Label();
        summary.setId("import-summary");
        summary.getStyleClass().add("text-small");
        summary.textProperty().bind(viewModel.lastImportSummaryProperty());
        summary.setPadding(new Insets(4, 8, 4, 8));
        return summary;
    }

    private static String describe(ResumeSummary resume) {
        if (resume == null) {
            return "";
        }
        return resume.fileName() + " · " + resume.mediaType() + " · " + resume.wordCount() + " words · "
                + readableSize(resume.sizeBytes()) + " · imported "
                + DATE.format(resume.createdAt().atZone(ZoneId.systemDefault()));
    }

    static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static TableColumn<ResumeSummary, String> column(
            String title, double width, java.util.function.Function<ResumeSummary, String> value) {
        TableColumn<ResumeSummary, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private void installShortcuts() {
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (IMPORT.match(event)) {
                chooseAndImport();
            } else if (PASTE.match(event)) {
                pasteText();
            } else if (FIND.match(event)) {
                search.requestFocus();
                search.selectAll();
            } else if (REFRESH.match(event)) {
                viewModel.refresh();
            } else if (event.getCode() == KeyCode.DELETE && table.isFocused()) {
                viewModel.deleteSelected();
            } else {
                return;
            }
            event.consume();
        });
    }

    private void installDragAndDrop() {
        DropSupport.install(this, viewModel::importFiles, text -> viewModel.importText("", text));
    }

    private void chooseAndImport() {
        if (viewModel.importRunning().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import resumes");
        List<String> patterns = SupportedFormat.allExtensions().stream().map(extension -> "*." + extension).toList();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Resumes (" + SupportedFormat.supportedList() + ")", patterns),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
        if (files != null) {
            viewModel.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void pasteText() {
        if (viewModel.importRunning().get()) {
            return;
        }
        new PasteResumeDialog(getScene() == null ? null : getScene().getWindow(), "")
                .showAndWait()
                .ifPresent(pasted -> viewModel.importText(pasted.name(), pasted.text()));
    }
}
