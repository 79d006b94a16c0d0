package com.talentsync.app.gui.screening;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.DuplicateGroup;
import com.talentsync.core.screen.FailedFile;
import com.talentsync.core.screen.ScreenResult;
import com.talentsync.core.store.StoredJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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

/**
 * The Screening screen without nodes: the job to rank against, screening runs with progress and
 * cancel, the filtered ranking, blind review, status and notes saved as they change, run issues
 * (failed files, duplicates) and exports.
 */
public final class ScreeningViewModel {

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

    private final ScreeningJobs jobs;
    private final ObjectProperty<StoredJob> selectedJob;

    private final ObservableList<CandidateRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<CandidateRow> filteredRows = new FilteredList<>(allRows);
    private final SortedList<CandidateRow> rows = new SortedList<>(filteredRows);
    private final ObjectProperty<CandidateRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty blind = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Optional<CandidateDetail>> detail = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final StringProperty notesDraft = new SimpleStringProperty("");

    private final ScreeningRun run;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final RunIssues issues = new RunIssues();
    private final StringBinding emptyMessage;
    private final StringBinding countText;
    private final BooleanBinding exportDisabled = Bindings.isEmpty(rows);

    private long rowsJobId = -1;
    private long loadRequest;

    public ScreeningViewModel(ScreeningBackend backend, TaskExecutor executor, DialogService dialogs) {
        this.backend = backend;
        this.executor = executor;
        this.dialogs = dialogs;
        this.edits = new CandidateEdits(backend, executor, dialogs);
        this.jobs = new ScreeningJobs(backend, executor, dialogs);
        this.selectedJob = jobs.selectedProperty();
        this.run = new ScreeningRun(backend, executor, dialogs, this::runEnded);
        filters.filterProperty().addListener((observable, before, after) -> applyFilter());
        blind.addListener((observable, before, after) -> {
            run.setBlind(after);
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
        emptyMessage = Bindings.createStringBinding(this::describeEmpty, selectedJob, loading, run.stateProperty(), allRows,
                filteredRows);
        countText = Bindings.createStringBinding(this::describeCount, selectedJob, allRows, filteredRows);
    }

    /** The job ads, and the one the ranking is for. */
    public ScreeningJobs jobs() {
        return jobs;
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
                    Failures.show(dialogs, "Could not load the candidates", failure);
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

    /** The selected candidate as the detail pane shows it, masked when blind. */
    public ReadOnlyObjectProperty<Optional<CandidateDetail>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    private void showDetail() {
        detail.set(Optional.ofNullable(selected.get()).map(CandidateDetail::of));
    }

    /** The running screening: state, progress and cancel. */
    public ScreeningRun run() {
        return run;
    }

    /** One line about the last run or export. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The chosen job's last run's unreadable files, masked when blind. */
    public ObservableList<FailedFile> failures() {
        return issues.failures();
    }

    /** The chosen job's last run's duplicate groups, masked when blind. */
    public ObservableList<DuplicateGroup> duplicates() {
        return issues.duplicates();
    }

    /** Screens folders, files and ZIPs against the chosen job; the ranking updates once, at the end. */
    public void screen(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        if (selectedJob.get() == null) {
            dialogs.showError("No job ad chosen", "Pick or paste a job ad first: resumes are ranked against it.");
            return;
        }
        if (!run.running().get()) {
            summary.set("");
        }
        run.start(selectedJob.get(), inputs);
    }

    private void runEnded(StoredJob job, OperationState state, Optional<ScreenResult> result) {
        result.ifPresent(finished -> issues.remember(job.id(), finished));
        summary.set(result.map(RunReport::summary)
                .orElse(state == OperationState.FAILED ? "Screening failed." : "Screening cancelled."));
        if (rowsJobId == job.id()) {
            showIssues();
            loadCandidates(Optional.ofNullable(selected.get()).map(row -> row.resume().sha256()));
        }
    }

    private void showIssues() {
        issues.show(rowsJobId, blind.get(), allRows);
    }

    public BooleanBinding exportDisabled() {
        return exportDisabled;
    }

    /** A file name for the export chooser, from the job's label. */
    public String suggestedExportName(ExportFormat format) {
        StoredJob job = selectedJob.get();
        return format.suggestedName(job == null ? "" : job.label(), blind.get());
    }

    /** Exports the rows shown, in the order shown, masked when blind review is on. */
    public void export(Path file, ExportFormat format) {
        StoredJob job = selectedJob.get();
        if (job == null || rows.isEmpty()) {
            dialogs.showError("Nothing to export", "Screen some resumes first, or clear the filters that hide them.");
            return;
        }
        Path target = format.withExtension(file);
        boolean blindNow = blind.get();
        List<Candidate> shown = rows.stream().map(CandidateRow::snapshot).toList();
        executor.execute(BackgroundTask.of("Exporting the ranking", context -> {
                    backend.export(job.id(), target, format, blindNow, shown);
                    return target;
                })
                .onSuccess(written -> summary.set("Exported " + shown.size() + (shown.size() == 1 ? " candidate" : " candidates")
                        + " to " + written.getFileName() + (blindNow ? " (blind)." : ".")))
                .onFailure(failure -> Failures.show(dialogs, "Export failed", failure)));
    }

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
            return run.running().get()
                    ? "Screening… the ranking appears when it finishes."
                    : "Drop a folder, files or a ZIP of resumes here.\nOr use Add folder… (Ctrl+Shift+O) or Add files… (Ctrl+O).";
        }
        return "No candidate matches these filters. Clear them to see all " + allRows.size() + ".";
    }
}
