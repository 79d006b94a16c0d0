package com.talentsync.app.gui.screening;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.app.task.TaskHandle;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.DuplicateGroup;
import com.talentsync.core.screen.FailedFile;
import com.talentsync.core.screen.ScreenResult;
import com.talentsync.core.store.StoredJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Screening screen without nodes: the job to rank against, screening runs with progress and
 * cancel, the filtered ranking, blind review, status and notes saved as they change, run issues
 * (failed files, duplicates) and exports.
 */
public final class ScreeningViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningViewModel.class);

    /** A job's ranking as read on a worker, with the text work for searching and masking done. */
    private record Loaded(List<Candidate> candidates, List<CandidateRow.Texts> texts, List<String> mustHaves) {

        static Loaded read(ScreeningBackend backend, long jobId) {
            List<Candidate> candidates = backend.candidates(jobId);
            List<CandidateRow.Texts> texts = candidates.stream()
                    .map(candidate -> CandidateRow.Texts.of(candidate.resume(), backend::maskedText))
                    .toList();
            return new Loaded(candidates, texts, backend.mustHaves(jobId));
        }
    }

    private final ScreeningBackend backend;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CandidateEdits edits;
    private final ScreeningFilters filters = new ScreeningFilters();

    private final ObservableList<StoredJob> jobs = FXCollections.observableArrayList();
    private final ObjectProperty<StoredJob> selectedJob = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper jobBusy = new ReadOnlyBooleanWrapper(false);

    private final ObservableList<CandidateRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<CandidateRow> filteredRows = new FilteredList<>(allRows);
    private final SortedList<CandidateRow> rows = new SortedList<>(filteredRows);
    private final ObjectProperty<CandidateRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty blind = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Optional<CandidateDetail>> detail = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final StringProperty notesDraft = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<OperationState> runState = new ReadOnlyObjectWrapper<>(OperationState.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<FailedFile> failures = FXCollections.observableArrayList();
    private final ObservableList<DuplicateGroup> duplicates = FXCollections.observableArrayList();
    private final Map<Long, ScreenResult> lastRuns = new HashMap<>();
    private final StringBinding emptyMessage;
    private final StringBinding countText;

    private long rowsJobId = -1;
    private long loadRequest;
    private TaskHandle runHandle;
    // Read by the screening's worker threads: set from the FX thread, hence volatile.
    private volatile boolean cancelRequested;
    private volatile boolean blindForWorkers;

    public ScreeningViewModel(ScreeningBackend backend, TaskExecutor executor, DialogService dialogs) {
        this.backend = backend;
        this.executor = executor;
        this.dialogs = dialogs;
        this.edits = new CandidateEdits(backend, executor, dialogs);
        filters.filterProperty().addListener((observable, before, after) -> applyFilter());
        blind.addListener((observable, before, after) -> {
            blindForWorkers = after;
            applyFilter(); // a blind search may not find a name it found before
            showDetail();
            showIssues();
        });
        selectedJob.addListener((observable, before, after) -> jobChanged(after));
        selected.addListener((observable, before, after) -> {
            commitNotes(before);
            notesDraft.set(after == null ? "" : after.notesProperty().get());
            showDetail();
        });
        // The lists themselves are the dependencies: a size binding nobody reads would go quiet after one change.
        emptyMessage = Bindings.createStringBinding(this::describeEmpty, selectedJob, loading, runState, allRows, filteredRows);
        countText = Bindings.createStringBinding(this::describeCount, selectedJob, allRows, filteredRows);
    }

    // ---- jobs ----

    public ObservableList<StoredJob> jobs() {
        return jobs;
    }

    public ObjectProperty<StoredJob> selectedJobProperty() {
        return selectedJob;
    }

    /** True while a job ad is being read or stored. */
    public ReadOnlyBooleanProperty jobBusyProperty() {
        return jobBusy.getReadOnlyProperty();
    }

    /** Reloads the stored job ads, keeping the selection, or choosing the newest when none is. */
    public void refreshJobs() {
        executor.execute(BackgroundTask.of("Loading job ads", context -> backend.jobs())
                .quiet()
                .onSuccess(found -> {
                    StoredJob current = selectedJob.get();
                    jobs.setAll(found);
                    selectedJob.set(current == null ? found.stream().findFirst().orElse(null)
                            : found.stream().filter(job -> job.id() == current.id()).findFirst().orElse(null));
                })
                .onFailure(failure -> fail("Could not load the job ads", failure)));
    }

    /** Stores a pasted job ad and ranks against it. */
    public void addJobText(String text) {
        if (text == null || text.isBlank()) {
            dialogs.showError("The job ad is empty", "Paste the ad's text: title, requirements and duties.");
            return;
        }
        addJob("Saving the job ad", () -> backend.addJob(text));
    }

    /** Reads a job ad from a file or an http(s) URL and ranks against it. */
    public void loadJob(String pathOrUrl) {
        if (pathOrUrl == null || pathOrUrl.isBlank()) {
            dialogs.showError("No job ad given", "Give a file (PDF, DOCX, TXT, ...) or a web address starting with https://.");
            return;
        }
        addJob("Reading the job ad", () -> backend.loadJob(pathOrUrl.strip()));
    }

    @FunctionalInterface
    private interface JobSource {
        StoredJob get() throws InputException;
    }

    private void addJob(String title, JobSource source) {
        jobBusy.set(true);
        executor.execute(BackgroundTask.of(title, context -> source.get())
                .onSuccess(job -> {
                    jobBusy.set(false);
                    jobs.removeIf(listed -> listed.id() == job.id());
                    jobs.addFirst(job);
                    selectedJob.set(job);
                })
                .onCancelled(() -> jobBusy.set(false))
                .onFailure(failure -> {
                    jobBusy.set(false);
                    fail("Could not add the job ad", failure);
                }));
    }

    private void jobChanged(StoredJob job) {
        commitNotes(selected.get());
        selected.set(null);
        allRows.clear();
        filters.clear();
        rowsJobId = job == null ? -1 : job.id();
        showIssues();
        loadCandidates(Optional.empty());
    }

    // ---- ranking ----

    /** The filtered ranking; bind its comparator to the table's so any column sorts it. */
    public SortedList<CandidateRow> rows() {
        return rows;
    }

    public ObjectProperty<CandidateRow> selectedProperty() {
        return selected;
    }

    public ScreeningFilters filters() {
        return filters;
    }

    public BooleanProperty blindProperty() {
        return blind;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "40 candidates", "Shown 12 of 40" while filters hide some, or "" when there are none. */
    public StringBinding countText() {
        return countText;
    }

    /** What the table shows when it has no rows. */
    public StringBinding emptyMessage() {
        return emptyMessage;
    }

    private void loadCandidates(Optional<String> keepSha) {
        long request = ++loadRequest;
        long jobId = rowsJobId;
        if (jobId < 0) {
            loading.set(false);
            return;
        }
        loading.set(true);
        executor.execute(BackgroundTask.of("Loading candidates", context -> Loaded.read(backend, jobId))
                .quiet()
                .onSuccess(loaded -> {
                    if (request == loadRequest && jobId == rowsJobId) {
                        showCandidates(jobId, loaded, keepSha);
                    }
                })
                .onFailure(failure -> {
                    if (request == loadRequest) {
                        loading.set(false);
                    }
                    fail("Could not load the candidates", failure);
                }));
    }

    private void showCandidates(long jobId, Loaded loaded, Optional<String> keepSha) {
        commitNotes(selected.get());
        List<Candidate> shown = edits.overlay(jobId, loaded.candidates());
        List<CandidateRow> fresh = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            fresh.add(new CandidateRow(shown.get(i), loaded.texts().get(i), loaded.mustHaves(), blind));
        }
        allRows.setAll(fresh); // one change for the whole ranking, however long
        TreeSet<String> categories = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        fresh.forEach(row -> categories.add(row.category()));
        filters.setCategories(List.copyOf(categories));
        loading.set(false);
        selected.set(keepSha.flatMap(sha -> fresh.stream().filter(row -> row.resume().sha256().equals(sha)).findFirst())
                .orElse(null));
        showIssues();
    }

    private void applyFilter() {
        CandidateFilter filter = filters.filterProperty().get();
        filteredRows.setPredicate(filter.isEmpty() ? null : filter::test);
        if (selected.get() != null && !filteredRows.contains(selected.get())) {
            selected.set(null);
        }
    }

    // ---- status and notes ----

    public StringProperty notesDraftProperty() {
        return notesDraft;
    }

    /** "" while every edit is saved; otherwise what is waiting and why. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return edits.problemProperty();
    }

    /** Sets and saves a candidate's status. */
    public void setStatus(CandidateRow row, CandidateStatus status) {
        if (row != null && status != null && rowsJobId >= 0) {
            edits.status(rowsJobId, row, status);
        }
    }

    /** Shortlists the selected candidate, or takes a shortlisted one back to new. */
    public void toggleShortlist() {
        CandidateRow row = selected.get();
        if (row != null) {
            setStatus(row, row.statusProperty().get() == CandidateStatus.SHORTLISTED ? CandidateStatus.NEW
                    : CandidateStatus.SHORTLISTED);
        }
    }

    /** Saves the notes being edited for the selected candidate; the view calls it on pauses and focus loss. */
    public void commitNotes() {
        commitNotes(selected.get());
    }

    private void commitNotes(CandidateRow row) {
        if (row != null && rowsJobId >= 0) {
            edits.notes(rowsJobId, row, notesDraft.get() == null ? "" : notesDraft.get());
        }
    }

    // ---- detail ----

    /** The selected candidate as the detail pane shows it, masked when blind. */
    public ReadOnlyObjectProperty<Optional<CandidateDetail>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    private void showDetail() {
        detail.set(Optional.ofNullable(selected.get()).map(CandidateDetail::of));
    }

    // ---- screening runs ----

    public ReadOnlyObjectProperty<OperationState> runStateProperty() {
        return runState.getReadOnlyProperty();
    }

    public BooleanBinding running() {
        return runState.isEqualTo(OperationState.RUNNING);
    }

    /** 0..1 while screening, -1 while the number of files is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** One line about the last run or export. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The chosen job's last run's unreadable files, masked when blind. */
    public ObservableList<FailedFile> failures() {
        return failures;
    }

    /** The chosen job's last run's duplicate groups, masked when blind. */
    public ObservableList<DuplicateGroup> duplicates() {
        return duplicates;
    }

    /** Screens folders, files and ZIPs against the chosen job; the ranking updates once, at the end. */
    public void screen(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        StoredJob job = selectedJob.get();
        if (job == null) {
            dialogs.showError("No job ad chosen", "Pick or paste a job ad first: resumes are ranked against it.");
            return;
        }
        if (runState.get() == OperationState.RUNNING) {
            dialogs.showError("A screening is already running", "Wait for it to finish or cancel it (Esc), then add more resumes.");
            return;
        }
        List<Path> batch = List.copyOf(inputs);
        cancelRequested = false;
        runState.set(OperationState.RUNNING);
        progress.set(-1);
        progressMessage.set("Looking for resumes…");
        summary.set("");
        TaskHandle handle = executor.execute(BackgroundTask.of("Screening for " + job.label(), context -> {
                    context.updateMessage("Looking for resumes…");
                    return backend.screen(job.id(), batch, (done, total, file) -> {
                        context.updateProgress(done, total);
                        context.updateMessage(progressLine(done, total, file));
                    }, () -> cancelRequested || context.isCancelled());
                })
                .onSuccess(result -> runFinished(job, result))
                .onCancelled(() -> runEnded(job, OperationState.CANCELLED, "Screening cancelled."))
                .onFailure(failure -> {
                    runEnded(job, OperationState.FAILED, "Screening failed.");
                    fail("Screening failed", failure);
                }));
        if (!handle.isDone()) {
            runHandle = handle;
            progress.bind(handle.progressProperty());
            progressMessage.bind(handle.messageProperty());
        }
    }

    /**
     * Asks the running screening to stop; it returns what it finished, which is ranked and kept.
     * The worker is not interrupted: an interrupt in the middle of a database write could close H2.
     */
    public void cancelScreening() {
        if (runState.get() == OperationState.RUNNING) {
            cancelRequested = true;
            if (runHandle != null) {
                progressMessage.unbind();
            }
            progressMessage.set("Cancelling… the resumes already read are kept.");
        }
    }

    private String progressLine(int done, int total, String file) {
        String counts = "Screened " + done + " of " + total;
        return blindForWorkers || file == null || file.isBlank() ? counts : counts + " · " + CandidateRow.fileName(file);
    }

    private void runFinished(StoredJob job, ScreenResult result) {
        lastRuns.put(job.id(), result);
        runEnded(job, result.cancelled() ? OperationState.CANCELLED : OperationState.DONE, RunReport.summary(result));
    }

    private void runEnded(StoredJob job, OperationState state, String line) {
        progress.unbind();
        progressMessage.unbind();
        runHandle = null;
        progress.set(state == OperationState.DONE ? 1 : 0);
        progressMessage.set("");
        runState.set(state);
        summary.set(line);
        if (rowsJobId == job.id()) {
            showIssues();
            loadCandidates(Optional.ofNullable(selected.get()).map(row -> row.resume().sha256()));
        }
    }

    private void showIssues() {
        ScreenResult last = lastRuns.get(rowsJobId);
        if (last == null) {
            failures.clear();
            duplicates.clear();
            return;
        }
        if (!blind.get()) {
            failures.setAll(last.failed());
            duplicates.setAll(last.duplicates());
            return;
        }
        Map<String, String> labels = new HashMap<>();
        allRows.forEach(row -> labels.put(row.resume().file(), row.blindLabel()));
        failures.setAll(last.failed().stream().map(RunReport::blind).toList());
        duplicates.setAll(last.duplicates().stream().map(group -> RunReport.blind(group, labels)).toList());
    }

    // ---- export ----

    public BooleanBinding exportDisabled() {
        return Bindings.isEmpty(rows);
    }

    /** A file name for the export chooser: the job's label without characters some file systems refuse. */
    public String suggestedExportName(ExportFormat format) {
        StoredJob job = selectedJob.get();
        String base = job == null ? "ranking" : job.label().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ") + " ranking";
        return base.replaceAll("\\s+", " ").strip() + (blind.get() ? " (blind)" : "") + "." + format.extension();
    }

    /** Exports the rows shown, in the order shown, masked when blind review is on. */
    public void export(Path file, ExportFormat format) {
        StoredJob job = selectedJob.get();
        if (job == null || rows.isEmpty()) {
            dialogs.showError("Nothing to export", "Screen some resumes first, or clear the filters that hide them.");
            return;
        }
        Path target = withExtension(file, format);
        boolean blindNow = blind.get();
        List<Candidate> shown = rows.stream().map(CandidateRow::snapshot).toList();
        executor.execute(BackgroundTask.of("Exporting the ranking", context -> {
                    backend.export(job.id(), target, format, blindNow, shown);
                    return target;
                })
                .onSuccess(written -> summary.set("Exported " + shown.size() + (shown.size() == 1 ? " candidate" : " candidates")
                        + " to " + written.getFileName() + (blindNow ? " (blind)." : ".")))
                .onFailure(failure -> fail("Export failed", failure)));
    }

    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }

    // ---- messages ----

    private String describeCount() {
        if (selectedJob.get() == null || allRows.isEmpty()) {
            return "";
        }
        return filteredRows.size() == allRows.size() ? allRows.size() + " candidates"
                : "Shown " + filteredRows.size() + " of " + allRows.size();
    }

    private String describeEmpty() {
        if (selectedJob.get() == null) {
            return "Pick or paste a job ad.\nChoose one above, paste its text (Ctrl+Shift+V), or open a file or web address (Ctrl+J).";
        }
        if (loading.get()) {
            return "Loading candidates…";
        }
        if (allRows.isEmpty()) {
            return runState.get() == OperationState.RUNNING
                    ? "Screening… the ranking appears when it finishes."
                    : "Drop a folder, files or a ZIP of resumes here.\nOr use Add folder… (Ctrl+Shift+O) or Add files… (Ctrl+O).";
        }
        return "No candidate matches these filters. Clear them to see all " + allRows.size() + ".";
    }

    private void fail(String title, Throwable failure) {
        if (!(failure instanceof InputException) && !(failure instanceof IOException)) {
            LOG.warn("{}", title, failure);
        }
        dialogs.showError(title, describe(failure));
    }

    /** A user-facing line for a failure; stack traces go to the log only. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
