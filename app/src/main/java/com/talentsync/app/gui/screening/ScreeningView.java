package com.talentsync.app.gui.screening;

import com.talentsync.app.gui.DropSupport;
import com.talentsync.core.resume.SupportedFormat;
import com.talentsync.core.store.StoredJob;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Screening screen: the job ad to rank against, resumes added by drop or chooser with a
 * progress bar and cancel, filters, the sortable ranking with a detail pane, the last run's
 * failed files and duplicates, blind review and exports. Everything but adding more resumes
 * stays usable while a screening runs.
 */
public final class ScreeningView extends BorderPane {

    private static final KeyCombination ADD_FILES = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADD_FOLDER =
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination OPEN_JOB = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination JOB_URL = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE_JOB =
            new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination BLIND = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SHORTLIST = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);

    private final ScreeningViewModel viewModel;
    private final FilterBar filterBar;
    private final MenuButton exportMenu = new MenuButton("Export");

    public ScreeningView(ScreeningViewModel viewModel) {
        this.viewModel = viewModel;
        this.filterBar = new FilterBar(viewModel);
        getStyleClass().add("screening-view");
        getStylesheets().add(ScreeningView.class.getResource("screening.css").toExternalForm());
        setTop(new VBox(jobBar(), inputBar(), filterBar));
        setCenter(content());
        setBottom(footer());
        installShortcuts();
        installDragAndDrop();
    }

    private HBox jobBar() {
        ComboBox<StoredJob> jobs = new ComboBox<>(viewModel.jobs().list());
        jobs.setId("job-choice");
        jobs.setPromptText("Pick a job ad");
        jobs.setPrefWidth(380);
        jobs.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoredJob job) {
                return job == null ? "" : job.label();
            }

            @Override
            public StoredJob fromString(String text) {
                return null; // not editable
            }
        });
        jobs.valueProperty().bindBidirectional(viewModel.jobs().selectedProperty());

        Button paste = button("Paste…", "paste-job", "Paste a job ad's text (Ctrl+Shift+V)", this::pasteJob);
        Button open = button("Open…", "open-job", "Read a job ad from a file (Ctrl+J)", this::openJob);
        Button url = button("From URL…", "url-job", "Read a job ad from a web address (Ctrl+L)", this::jobFromUrl);
        for (Button button : List.of(paste, open, url)) {
            button.disableProperty().bind(viewModel.jobs().busyProperty());
        }

        ToggleButton blind = new ToggleButton("Blind review");
        blind.setId("blind-toggle");
        blind.selectedProperty().bindBidirectional(viewModel.blindProperty());
        blind.setTooltip(new Tooltip(
                "Hide names, contact details, links, file names, dates of birth and pronouns everywhere, exports included (Ctrl+B)"));

        exportMenu.setId("export-menu");
        exportMenu.setTooltip(new Tooltip("Export the candidates shown, in the order shown (Ctrl+E)"));
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(format.description() + "…");
            item.setId("export-" + format.extension());
            item.setOnAction(event -> export(format));
            exportMenu.getItems().add(item);
        }
        exportMenu.disableProperty().bind(viewModel.exportDisabled());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Job ad"), jobs, paste, open, url, spacer, blind, exportMenu);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 4, 10));
        return bar;
    }

    private HBox inputBar() {
        Label dropZone = new Label("Drop a folder, files or a ZIP of resumes here");
        dropZone.setId("drop-zone");
        dropZone.getStyleClass().add("drop-zone");
        dropZone.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(dropZone, Priority.ALWAYS);

        Button folder = button("Add folder…", "add-folder", "Screen every resume in a folder (Ctrl+Shift+O)", this::addFolder);
        Button files = button("Add files…", "add-files", "Screen resume files or ZIP archives (Ctrl+O)", this::addFiles);
        files.getStyleClass().add("accent");
        for (Button button : List.of(folder, files)) {
            button.disableProperty().bind(viewModel.run().running().or(viewModel.jobs().selectedProperty().isNull()));
        }

        ProgressBar progress = new ProgressBar();
        progress.setId("screening-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(viewModel.run().progressProperty());
        Label message = new Label();
        message.setId("screening-message");
        message.getStyleClass().add("text-small");
        message.textProperty().bind(viewModel.run().messageProperty());
        message.setMaxWidth(320);
        Button cancel = button("Cancel", "cancel-screening", "Stop screening; what is done is kept (Esc)",
                viewModel.run()::cancel);
        cancel.getStyleClass().add("danger");
        HBox running = new HBox(8, progress, message, cancel);
        running.setId("screening-running");
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(viewModel.run().running());
        running.managedProperty().bind(running.visibleProperty());

        HBox bar = new HBox(8, dropZone, running, folder, files);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private TabPane content() {
        SplitPane split = new SplitPane(new CandidateTable(viewModel), new CandidateDetailPane(viewModel));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        Tab ranking = new Tab("Ranking", split);
        ranking.setId("ranking-tab");
        Tab failed = new Tab("", RunIssueTables.failures(viewModel.failures()));
        failed.setId("failed-tab");
        failed.textProperty().bind(Bindings.concat("Failed (", Bindings.size(viewModel.failures()), ")"));
        Tab duplicates = new Tab("", RunIssueTables.duplicates(viewModel.duplicates()));
        duplicates.setId("duplicates-tab");
        duplicates.textProperty().bind(Bindings.concat("Duplicates (", Bindings.size(viewModel.duplicates()), ")"));
        TabPane tabs = new TabPane(ranking, failed, duplicates);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private HBox footer() {
        Label summary = new Label();
        summary.setId("screening-summary");
        summary.getStyleClass().add("text-small");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label saveProblem = new Label();
        saveProblem.setId("save-problem");
        saveProblem.getStyleClass().addAll("text-small", "save-problem");
        saveProblem.textProperty().bind(viewModel.saveProblemProperty());
        HBox footer = new HBox(16, summary, saveProblem);
        footer.setPadding(new Insets(4, 10, 4, 10));
        return footer;
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void installShortcuts() {
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (ADD_FOLDER.match(event)) {
                addFolder();
            } else if (ADD_FILES.match(event)) {
                addFiles();
            } else if (OPEN_JOB.match(event)) {
                openJob();
            } else if (JOB_URL.match(event)) {
                jobFromUrl();
            } else if (PASTE_JOB.match(event)) {
                pasteJob();
            } else if (FIND.match(event)) {
                filterBar.focusSearch();
            } else if (BLIND.match(event)) {
                viewModel.blindProperty().set(!viewModel.blindProperty().get());
            } else if (SHORTLIST.match(event)) {
                viewModel.toggleShortlist();
            } else if (EXPORT.match(event) && !exportMenu.isDisabled()) {
                exportMenu.show();
            } else if (CANCEL.match(event) && viewModel.run().running().get()) {
                viewModel.run().cancel();
            } else {
                return;
            }
            event.consume();
        });
    }

    private void installDragAndDrop() {
        DropSupport.install(this, viewModel::screen, this::dropText);
    }

    /** Dropped text is a job ad, or its web address. */
    private void dropText(String dropped) {
        String text = dropped.strip();
        if (text.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
            viewModel.jobs().load(text);
        } else {
            viewModel.jobs().addText(text);
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void addFiles() {
        if (viewModel.run().running().get() || viewModel.jobs().selectedProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Screen resumes");
        List<String> patterns = new ArrayList<>(SupportedFormat.allExtensions().stream().map(extension -> "*." + extension).toList());
        patterns.add("*.zip");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Resumes and ZIP archives (" + SupportedFormat.supportedList() + ", zip)", patterns),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            viewModel.screen(files.stream().map(File::toPath).toList());
        }
    }

    private void addFolder() {
        if (viewModel.run().running().get() || viewModel.jobs().selectedProperty().get() == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Screen every resume in a folder");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            viewModel.screen(List.of(folder.toPath()));
        }
    }

    private void openJob() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a job ad");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Job ads (" + SupportedFormat.supportedList() + ")",
                        SupportedFormat.allExtensions().stream().map(extension -> "*." + extension).toList()),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            viewModel.jobs().load(file.toString());
        }
    }

    private void jobFromUrl() {
        TextInputDialog dialog = new TextInputDialog("https://");
        dialog.initOwner(window());
        dialog.setTitle("Job ad from a web address");
        dialog.setHeaderText("The page is fetched once and its text kept with the job.");
        dialog.setContentText("Address");
        dialog.showAndWait().ifPresent(viewModel.jobs()::load);
    }

    private void pasteJob() {
        new PasteJobDialog(window(), "").showAndWait().ifPresent(viewModel.jobs()::addText);
    }

    private void export(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the ranking as " + format.name());
        chooser.setInitialFileName(viewModel.suggestedExportName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), format.patterns()));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.export(file.toPath(), format);
        }
    }
}
