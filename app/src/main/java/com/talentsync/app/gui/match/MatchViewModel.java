package com.talentsync.app.gui.match;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.app.task.TaskHandle;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.match.Suggestion;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.store.StoredJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Match screen without nodes: a resume (from the library, pasted, or read from a file) and a
 * stored job ad, the editable resume text re-scored shortly after typing stops, the result as a
 * {@link ScoreSheet}, highlighted texts, and the score history of a library resume with the job.
 * Job ads come from pasted text, a file or a web address ({@link MatchJobs}).
 */
public final class MatchViewModel {

    /** How long typing must pause before the edited resume is scored again. */
    static final Duration EDIT_DELAY = Duration.ofMillis(300);

    private static final Logger LOG = LoggerFactory.getLogger(MatchViewModel.class);

    private final MatchBackend backend;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Pause pause;
    private final MatchJobs jobs;
    private final MatchHistory history;

    private final ObservableList<ResumeSummary> resumes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ResumeSummary> selectedResume = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper resumeOrigin = new ReadOnlyStringWrapper("");
    private final StringProperty resumeText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper savedResumeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<HighlightedText> resumeDocument = new ReadOnlyObjectWrapper<>(HighlightedText.EMPTY);
    private final ReadOnlyObjectWrapper<OperationState> resumeLoadState = new ReadOnlyObjectWrapper<>(OperationState.IDLE);
    private final ReadOnlyIntegerWrapper requestedLine = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    private final ScoreSheet sheet = new ScoreSheet();
    private final ReadOnlyObjectWrapper<OperationState> scoreState = new ReadOnlyObjectWrapper<>(OperationState.IDLE);
    private final ReadOnlyStringWrapper scoreProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scoredText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<StoredJob> scoredJob = new ReadOnlyObjectWrapper<>();

    private final BooleanBinding resumeEdited;
    private final BooleanBinding resultOutdated;
    private final StringBinding emptyMessage;

    // The library resume whose text (perhaps edited) is shown; null for pasted or file text.
    private ResumeSummary textOwner;
    private boolean settingText;
    private boolean warmUpStarted;
    private TaskHandle pendingScore;
    // Work finishes out of order (a slow score, a resume chosen twice quickly): only the newest wins.
    private long scoreRequest;
    private long resumeRequest;
    private long listRequest;

    public MatchViewModel(MatchBackend backend, TaskExecutor executor, DialogService dialogs) {
        this(backend, executor, dialogs, Pause.SLEEP);
    }

    MatchViewModel(MatchBackend backend, TaskExecutor executor, DialogService dialogs, Pause pause) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.jobs = new MatchJobs(backend, executor, dialogs, this::showFailure, this::jobChosen);
        this.history = new MatchHistory(backend, executor, this::showFailure, resumeText);
        resumeEdited = Bindings.createBooleanBinding(() -> !resumeText.get().equals(savedResumeText.get()),
                resumeText, savedResumeText);
        resultOutdated = Bindings.createBooleanBinding(() -> sheet.result().isPresent()
                        && (!resumeText.get().equals(scoredText.get()) || !Objects.equals(scoredJob.get(), jobs.selectedProperty().get())),
                sheet.resultProperty(), resumeText, scoredText, scoredJob, jobs.selectedProperty());
        emptyMessage = Bindings.createStringBinding(() -> EmptyResultMessage.of(this), loaded, resumeText, jobs.selectedProperty(),
                scoreState, sheet.resultProperty(), resumes, jobs.jobs(), scoreProblem);
        resumeText.addListener((observable, before, after) -> {
            if (!settingText) {
                scheduleScore(EDIT_DELAY);
            }
        });
    }

    // ---- properties the view binds to

    public ObservableList<ResumeSummary> resumes() {
        return resumes;
    }

    /** The chosen library resume; null while the text is pasted, read from a file, or absent. */
    public ReadOnlyObjectProperty<ResumeSummary> selectedResumeProperty() {
        return selectedResume.getReadOnlyProperty();
    }

    /** Where the resume text came from: the library name, "Pasted text" or a file name. */
    public ReadOnlyStringProperty resumeOriginProperty() {
        return resumeOrigin.getReadOnlyProperty();
    }

    /** The resume text the user may edit; each change is scored {@link #EDIT_DELAY} after typing stops. */
    public StringProperty resumeTextProperty() {
        return resumeText;
    }

    public BooleanBinding resumeEdited() {
        return resumeEdited;
    }

    /** The resume text as last scored, with matched skills highlighted. */
    public ReadOnlyObjectProperty<HighlightedText> resumeDocumentProperty() {
        return resumeDocument.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OperationState> resumeLoadStateProperty() {
        return resumeLoadState.getReadOnlyProperty();
    }

    /** A 0-based resume line to show, set when a suggestion is chosen. */
    public ReadOnlyIntegerProperty requestedLineProperty() {
        return requestedLine.getReadOnlyProperty();
    }

    /** The job-ad side: stored ads, the chosen one, adding from paste, file or URL. */
    public MatchJobs jobs() {
        return jobs;
    }

    /** The scores of this library resume with this job over time. */
    public MatchHistory history() {
        return history;
    }

    public ScoreSheet sheet() {
        return sheet;
    }

    public ReadOnlyObjectProperty<OperationState> scoreStateProperty() {
        return scoreState.getReadOnlyProperty();
    }

    /** The last scoring failure, or "" once a score came through. */
    public ReadOnlyStringProperty scoreProblemProperty() {
        return scoreProblem.getReadOnlyProperty();
    }

    /** True while the shown result belongs to an older resume text or another job. */
    public BooleanBinding resultOutdated() {
        return resultOutdated;
    }

    /** What the result area says when it has no score to show, or "" when it has one. */
    public StringBinding emptyMessage() {
        return emptyMessage;
    }


    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    // ---- commands

    /** Loads the resume and job lists; the first call also warms the matcher up in the background. */
    public void refresh() {
        if (!warmUpStarted) {
            warmUpStarted = true;
            executor.execute(BackgroundTask.of("Preparing the matcher", context -> {
                        backend.warmUp();
                        return null;
                    })
                    .quiet()
                    .onFailure(failure -> LOG.warn("could not warm the matcher up; the first match will be slower", failure)));
        }
        long request = ++listRequest;
        executor.execute(BackgroundTask.of("Loading resumes and job ads", context -> new Lists(backend.resumes(), backend.jobs()))
                .quiet()
                .onSuccess(lists -> {
                    if (request == listRequest) {
                        resumes.setAll(lists.resumes());
                        jobs.showStored(lists.jobs());
                        loaded.set(true);
                    }
                })
                .onFailure(failure -> showFailure("Could not load your resumes and job ads", failure)));
    }

    private record Lists(List<ResumeSummary> resumes, List<StoredJob> jobs) {}

    /** Opens a library resume; asks first when edits of the shown text would be lost. */
    public void chooseResume(ResumeSummary resume) {
        if (resume == null || (textOwner != null && textOwner.id() == resume.id() && resumeLoadState.get() != OperationState.RUNNING)) {
            return;
        }
        if (!mayDiscardEdits("open \"" + resume.displayName() + "\"")) {
            return;
        }
        long request = ++resumeRequest;
        selectedResume.set(resume);
        resumeLoadState.set(OperationState.RUNNING);
        executor.execute(BackgroundTask.of("Opening " + resume.displayName(), context -> backend.resumeText(resume.id()))
                .quiet()
                .onSuccess(text -> {
                    if (request != resumeRequest) {
                        return;
                    }
                    if (text.isEmpty()) {
                        resumeNotOpened("\"" + resume.displayName() + "\" is no longer in your library; the list is refreshed.");
                        refresh();
                        return;
                    }
                    resumeLoadState.set(OperationState.DONE);
                    useResumeText(resume, resume.displayName(), text.get());
                })
                .onFailure(failure -> {
                    if (request == resumeRequest) {
                        resumeNotOpened(null);
                        showFailure("Could not open the resume", failure);
                    }
                }));
    }

    private void resumeNotOpened(String message) {
        resumeLoadState.set(OperationState.FAILED);
        selectedResume.set(textOwner); // back to what is still shown
        if (message != null) {
            dialogs.showError("Could not open the resume", message);
        }
    }

    /** Uses pasted text as the resume; it is matched but, not being in the library, has no history. */
    public void usePastedResume(String text) {
        if (text == null || text.isBlank()) {
            dialogs.showError("Nothing to match", "The pasted resume is empty: paste the text of a resume.");
            return;
        }
        if (!mayDiscardEdits("use the pasted text")) {
            return;
        }
        resumeRequest++; // a library resume still loading must not replace the pasted text
        resumeLoadState.set(OperationState.DONE);
        selectedResume.set(null);
        useResumeText(null, "Pasted text", text);
    }

    /** Reads a resume file (not stored in the library) and matches its text. */
    public void openResumeFile(Path file) {
        String name = String.valueOf(file.getFileName());
        if (!mayDiscardEdits("open " + name)) {
            return;
        }
        long request = ++resumeRequest;
        resumeLoadState.set(OperationState.RUNNING);
        executor.execute(BackgroundTask.of("Reading " + name, context -> backend.readResumeFile(file))
                .onSuccess(text -> {
                    if (request == resumeRequest) {
                        resumeLoadState.set(OperationState.DONE);
                        selectedResume.set(null);
                        useResumeText(null, name + " (not in the library)", text);
                    }
                })
                .onFailure(failure -> {
                    if (request == resumeRequest) {
                        resumeLoadState.set(OperationState.FAILED);
                        showFailure("Could not open the resume file", failure);
                    }
                }));
    }

    /** Puts back the text as it was opened, after confirmation, and scores it at once. */
    public void revertResume() {
        if (!resumeEdited.get() || !dialogs.confirm("Revert to saved text",
                "Replace your edits with the text as it was opened? The edits are not kept.", "Revert")) {
            return;
        }
        setTextQuietly(savedResumeText.get());
        scheduleScore(Duration.ZERO);
    }

    /** Scores now, without waiting for typing to pause (Ctrl+Enter). */
    public void rescoreNow() {
        scheduleScore(Duration.ZERO);
    }

    /** Asks the view to show the resume line a suggestion points at. */
    public void reveal(Suggestion suggestion) {
        if (suggestion.line() >= 0) {
            requestedLine.set(-1); // so asking for the same line twice still notifies
            requestedLine.set(suggestion.line());
        }
    }

    // ---- scoring

    private void useResumeText(ResumeSummary owner, String origin, String text) {
        textOwner = owner;
        resumeOrigin.set(origin);
        savedResumeText.set(text);
        setTextQuietly(text);
        history.reset(owner != null);
        scheduleScore(Duration.ZERO);
    }

    private void jobChosen(StoredJob job) {
        history.reset(textOwner != null);
        scheduleScore(Duration.ZERO);
    }

    private void setTextQuietly(String text) {
        settingText = true;
        try {
            resumeText.set(text);
        } finally {
            settingText = false;
        }
    }

    /** Scores the current pair after {@code delay}; a newer call supersedes any earlier one. */
    private void scheduleScore(Duration delay) {
        long request = ++scoreRequest;
        if (pendingScore != null) {
            pendingScore.cancel();
            pendingScore = null;
        }
        String text = resumeText.get();
        StoredJob job = jobs.selectedProperty().get();
        if (job == null || text.isBlank()) {
            sheet.clear();
            scoredText.set(null);
            scoredJob.set(null);
            scoreState.set(OperationState.IDLE);
            resumeDocument.set(HighlightedText.plain(text));
            return;
        }
        ResumeSummary owner = textOwner;
        scoreState.set(OperationState.RUNNING);
        pendingScore = executor.execute(BackgroundTask.of("Scoring the match", context -> {
                    pause.await(delay, context);
                    return backend.match(text, job.text());
                })
                .quiet()
                .onSuccess(prepared -> {
                    if (request == scoreRequest) {
                        showResult(text, job, prepared);
                        if (owner != null) {
                            history.record(owner, job, prepared.result(), text);
                        }
                    }
                })
                .onFailure(failure -> {
                    if (request == scoreRequest) {
                        scoreFailed(failure);
                    }
                }));
    }

    private void showResult(String text, StoredJob job, PreparedMatch prepared) {
        MatchResult result = prepared.result();
        scoredText.set(text);
        scoredJob.set(job);
        sheet.show(result);
        resumeDocument.set(SkillHighlighter.resume(text, prepared.resumeMentions(), result));
        jobs.highlight(SkillHighlighter.job(job.text(), prepared.jobMentions(), result));
        scoreProblem.set("");
        scoreState.set(OperationState.DONE);
    }

    private void scoreFailed(Throwable failure) {
        String message = describe(failure);
        boolean repeated = message.equals(scoreProblem.get());
        scoreProblem.set(message);
        scoreState.set(OperationState.FAILED);
        if (repeated) {
            // Typing re-scores every pause; the same failure again needs no second dialog.
            LOG.debug("scoring failed again: {}", message);
        } else {
            showFailure("Could not score the match", failure);
        }
    }


    // ---- helpers

    private boolean mayDiscardEdits(String action) {
        if (!resumeEdited.get()) {
            return true;
        }
        String whose = resumeOrigin.get().isBlank() ? "the resume" : "\"" + resumeOrigin.get() + "\"";
        return dialogs.confirm("Discard your edits?",
                "Your edits to " + whose + " are not saved anywhere. Discard them and " + action + "?", "Discard edits");
    }

    private void showFailure(String title, Throwable failure) {
        if (!(failure instanceof InputException)) {
            LOG.error("{}", title, failure);
        }
        dialogs.showError(title, describe(failure));
    }

    /** One line for the user; the trace, if any, is in the log. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return "unexpected " + failure.getClass().getSimpleName() + " (details in the log file)";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
