package com.talentsync.app.gui.resumes;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.app.task.TaskHandle;
import com.talentsync.core.resume.ImportOutcome;
import com.talentsync.core.resume.ResumeLibrary;
import com.talentsync.core.resume.ResumeSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Resumes screen without nodes: the stored resumes, search, the selected resume's text,
 * import (files or pasted text) with progress and cancel, and delete after confirmation.
 */
public final class ResumesViewModel {

    private final Callable<ResumeLibrary> library;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<ResumeSummary> resumes = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ResumeSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<OperationState> importState = new ReadOnlyObjectWrapper<>(OperationState.IDLE);
    private final ReadOnlyStringWrapper lastImportSummary = new ReadOnlyStringWrapper("");
    private final StringBinding emptyMessage;

    private TaskHandle runningImport;
    // Set by cancelImport(); checked by the import loop, which may start before the handle exists.
    private volatile boolean cancelRequested;
    // Searches finish out of order when the user types fast; only the newest may win.
    private long listRequest;
    private long textRequest;

    /** @param library opens the library on first call; called on worker threads only */
    public ResumesViewModel(Callable<ResumeLibrary> library, TaskExecutor executor, DialogService dialogs) {
        this.library = library;
        this.executor = executor;
        this.dialogs = dialogs;
        this.emptyMessage = Bindings.createStringBinding(this::describeEmptyList, query, loaded);
        query.addListener((observable, before, after) -> refresh());
        selected.addListener((observable, before, after) -> loadText(after));
    }

    public ObservableList<ResumeSummary> resumes() {
        return resumes;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ResumeSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OperationState> importStateProperty() {
        return importState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastImportSummaryProperty() {
        return lastImportSummary.getReadOnlyProperty();
    }

    /** What the list shows when it has no rows: loading, nothing stored, or nothing matches. */
    public StringBinding emptyMessage() {
        return emptyMessage;
    }

    public BooleanBinding deleteDisabled() {
        return selected.isNull();
    }

    public BooleanBinding importRunning() {
        return importState.isEqualTo(OperationState.RUNNING);
    }

    /** Reloads the list for the current query, keeping the selection when it is still there. */
    public void refresh() {
        long request = ++listRequest;
        String currentQuery = query.get();
        executor.execute(BackgroundTask.of("Loading resumes", context -> library.call().list(currentQuery))
                .quiet()
                .onSuccess(found -> {
                    if (request == listRequest) {
                        showList(found);
                    }
                })
                .onFailure(failure -> dialogs.showError("Could not load your resumes", describe(failure))));
    }

    private void showList(List<ResumeSummary> found) {
        Long keepId = selected.get() == null ? null : selected.get().id();
        resumes.setAll(found);
        loaded.set(true);
        if (keepId != null) {
            selected.set(found.stream().filter(r -> r.id() == keepId).findFirst().orElse(null));
        }
    }

    /** Imports files one after another; the running import can be cancelled between files. */
    public void importFiles(List<Path> files) {
        if (files.isEmpty() || importState.get() == OperationState.RUNNING) {
            return;
        }
        List<Path> batch = List.copyOf(files);
        importState.set(OperationState.RUNNING);
        cancelRequested = false;
        runningImport = executor.execute(BackgroundTask.of(
                        batch.size() == 1 ? "Importing " + batch.getFirst().getFileName() : "Importing " + batch.size() + " resumes",
                        context -> {
                            ResumeLibrary target = library.call();
                            List<ImportOutcome> outcomes = new ArrayList<>();
                            for (int i = 0; i < batch.size(); i++) {
                                if (context.isCancelled() || cancelRequested) {
                                    throw new CancellationException("import cancelled after " + i + " files");
                                }
                                Path file = batch.get(i);
                                context.updateMessage("Reading " + file.getFileName() + " (" + (i + 1) + " of " + batch.size() + ")");
                                context.updateProgress(i, batch.size());
                                outcomes.add(target.importFile(file));
                            }
                            context.updateProgress(batch.size(), batch.size());
                            return outcomes;
                        })
                .onSuccess(this::importFinished)
                .onCancelled(() -> {
                    importState.set(OperationState.CANCELLED);
                    lastImportSummary.set("Import cancelled; files imported before the cancel are kept.");
                    refresh();
                })
                .onFailure(this::importFailed));
    }

    /** Stores pasted text; a blank name is taken from the text's first line. */
    public void importText(String name, String text) {
        if (importState.get() == OperationState.RUNNING) {
            return;
        }
        importState.set(OperationState.RUNNING);
        runningImport = executor.execute(BackgroundTask.of("Saving pasted resume",
                        context -> List.of(library.call().importText(name, text)))
                .onSuccess(this::importFinished)
                .onFailure(this::importFailed));
    }

    /** Cancels the running import, if any. */
    public void cancelImport() {
        cancelRequested = true;
        if (runningImport != null) {
            runningImport.cancel();
        }
    }

    private void importFinished(List<ImportOutcome> outcomes) {
        ImportReport report = ImportReport.of(outcomes);
        importState.set(OperationState.DONE);
        lastImportSummary.set(report.summary());
        if (query.get().isEmpty()) {
            refresh();
        } else {
            query.set(""); // shows the new resume even if the search hid it; the listener refreshes
        }
        report.lastStored().ifPresent(this::selectWhenListed);
        if (!report.problems().isEmpty()) {
            dialogs.showError(report.problems().size() == 1 ? "A file was not imported" : "Some files were not imported",
                    String.join("\n", report.problems()));
        }
    }

    private void importFailed(Throwable failure) {
        importState.set(OperationState.FAILED);
        lastImportSummary.set("Import failed.");
        dialogs.showError("Import failed", describe(failure));
        refresh();
    }

    private void selectWhenListed(ResumeSummary resume) {
        // The refresh above may already have finished (synchronous executor) or may still run.
        Optional<ResumeSummary> listed = resumes.stream().filter(r -> r.id() == resume.id()).findFirst();
        selected.set(listed.orElse(resume));
    }

    /** Asks for confirmation, then deletes the selected resume. */
    public void deleteSelected() {
        ResumeSummary target = selected.get();
        if (target == null) {
            return;
        }
        boolean confirmed = dialogs.confirm("Delete resume",
                "Delete \"" + target.displayName() + "\" (" + target.fileName() + ") and its extracted text? This cannot be undone.",
                "Delete");
        if (!confirmed) {
            return;
        }
        executor.execute(BackgroundTask.of("Deleting " + target.displayName(), context -> library.call().delete(target.id()))
                .onSuccess(deleted -> {
                    selected.set(null);
                    refresh();
                })
                .onFailure(failure -> dialogs.showError("Could not delete the resume", describe(failure))));
    }

    private void loadText(ResumeSummary resume) {
        long request = ++textRequest;
        if (resume == null) {
            selectedText.set("");
            return;
        }
        executor.execute(BackgroundTask.of("Loading text", context -> library.call().extractedText(resume.id()))
                .quiet()
                .onSuccess(text -> {
                    if (request == textRequest) {
                        selectedText.set(text.orElse(""));
                    }
                })
                .onFailure(failure -> dialogs.showError("Could not load the resume text", describe(failure))));
    }

    private String describeEmptyList() {
        if (!loaded.get()) {
            return "Opening your library…";
        }
        String current = query.get() == null ? "" : query.get().strip();
        if (!current.isEmpty()) {
            return "No resume matches \"" + current + "\".";
        }
        return "No resumes yet.\nDrop files here, or use Import (Ctrl+O) or Paste text (Ctrl+Shift+V).";
    }

    /** A user-facing line for an unexpected failure; the trace goes to the log by the caller's handler. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
