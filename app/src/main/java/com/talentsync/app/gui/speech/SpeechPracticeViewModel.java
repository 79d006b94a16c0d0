package com.talentsync.app.gui.speech;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.app.task.TaskHandle;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.TranscriptionResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Speech practice page without nodes: the {@link RecorderViewModel} on top, audio files
 * transcribed with progress and cancel, each answer analysed, saved and shown (transcript runs,
 * metric rows, pace over time, playback), and the history of past attempts.
 */
public final class SpeechPracticeViewModel {

    static final String EMPTY_MESSAGE = "Press Record and answer out loud, or open an audio file (Ctrl+O). "
            + "Your transcript, pace, pauses and fillers appear here.";
    static final String MICROPHONE = "Microphone";

    private static final Logger LOG = LoggerFactory.getLogger(SpeechPracticeViewModel.class);

    private final SpeechPracticeBackend backend;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final DialogService dialogs;
    private final RecorderViewModel recorder;
    private final PlaybackControl playback;

    private final ReadOnlyObjectWrapper<ShownAttempt> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OperationState> analysisState = new ReadOnlyObjectWrapper<>(OperationState.IDLE);
    private final ReadOnlyObjectWrapper<OperationState> fileState = new ReadOnlyObjectWrapper<>(OperationState.IDLE);
    private final ReadOnlyDoubleWrapper fileProgress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper fileStatus = new ReadOnlyStringWrapper("");
    private final ObservableList<PracticeAttempt> history = FXCollections.observableArrayList();
    // One read-only view, kept: such views hold their source weakly, so a fresh one per call could
    // be collected with the listeners added to it.
    private final ObservableList<PracticeAttempt> historyView = FXCollections.unmodifiableObservableList(history);
    private final StringBinding emptyMessage;

    // Bumped by every file opened or cancelled and every attempt asked for: only the newest wins.
    private long fileRequest;
    private long showRequest;
    private TaskHandle fileTask;
    private AtomicBoolean fileCancelled = new AtomicBoolean();

    public SpeechPracticeViewModel(SpeechPracticeBackend backend, TaskExecutor executor, Executor uiThread,
            DialogService dialogs) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recorder = new RecorderViewModel(backend, executor, uiThread, dialogs);
        this.playback = new PlaybackControl(backend, executor, uiThread, dialogs);
        emptyMessage = Bindings.createStringBinding(() -> shown.get() == null ? EMPTY_MESSAGE : "", shown);
        recorder.resultProperty().addListener((observable, before, after) -> {
            if (after != null) {
                analyseAndSave(after, MICROPHONE);
            }
        });
    }

    // ---- what the view binds to

    public RecorderViewModel recorder() {
        return recorder;
    }

    public PlaybackControl playback() {
        return playback;
    }

    /** The attempt on screen, or null before the first one. */
    public ReadOnlyObjectProperty<ShownAttempt> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** RUNNING while an answer is being analysed and saved. */
    public ReadOnlyObjectProperty<OperationState> analysisStateProperty() {
        return analysisState.getReadOnlyProperty();
    }

    /** The text the results area shows while it has nothing else, or "". */
    public StringBinding emptyMessage() {
        return emptyMessage;
    }

    public ReadOnlyObjectProperty<OperationState> fileStateProperty() {
        return fileState.getReadOnlyProperty();
    }

    /** 0-1 through the file being transcribed, -1 while unknown. */
    public ReadOnlyDoubleProperty fileProgressProperty() {
        return fileProgress.getReadOnlyProperty();
    }

    /** "Transcribing talk.mp3…", "Cancelled.", or "". */
    public ReadOnlyStringProperty fileStatusProperty() {
        return fileStatus.getReadOnlyProperty();
    }

    /** Past attempts, newest first. */
    public ObservableList<PracticeAttempt> history() {
        return historyView;
    }

    // ---- commands

    /** On every visit: loads the model (once) and the history. */
    public void prepare() {
        recorder.prepare();
        executor.execute(BackgroundTask.of("Loading your practice history", context -> backend.history())
                .quiet()
                .onSuccess(history::setAll)
                .onFailure(failure -> showFailure("Could not load your practice history", failure)));
    }

    /** Dropped files: the first one is transcribed. */
    public void openFiles(List<Path> files) {
        if (!files.isEmpty()) {
            openFile(files.getFirst());
        }
    }

    /** Transcribes an audio file, then analyses, saves and shows it like a recording. */
    public void openFile(Path file) {
        String name = String.valueOf(file.getFileName());
        if (fileState.get() == OperationState.RUNNING) {
            dialogs.showError("Already transcribing", "Wait for the file being transcribed, or cancel it first.");
            return;
        }
        if (!recorder.canRecord().get() && recorder.stateProperty().get() != RecorderState.LOADING_MODEL) {
            dialogs.showError("Recording in progress", "Stop or cancel the recording before opening " + name + ".");
            return;
        }
        long request = ++fileRequest;
        AtomicBoolean cancelled = new AtomicBoolean();
        fileCancelled = cancelled;
        recorder.heldProperty().set(true);
        fileState.set(OperationState.RUNNING);
        fileProgress.set(-1);
        fileStatus.set("Transcribing " + name + "…");
        TranscriptionListener listener = new TranscriptionListener() {
            @Override
            public void progress(double fraction) {
                uiThread.execute(() -> {
                    if (request == fileRequest) {
                        fileProgress.set(fraction);
                    }
                });
            }
        };
        fileTask = executor.execute(BackgroundTask.of("Transcribing " + name, context -> {
                    TranscriptionResult result = backend.transcribeFile(file, listener,
                            () -> cancelled.get() || context.isCancelled());
                    if (cancelled.get()) {
                        throw new CancellationException();
                    }
                    DeliveryReport report = backend.analyse(result.transcript());
                    return new ShownAttempt(backend.save(result, report, name), report);
                })
                .onSuccess(attempt -> {
                    if (request == fileRequest) {
                        fileDone(OperationState.DONE, "");
                        added(attempt);
                    }
                })
                .onCancelled(() -> {
                    if (request == fileRequest) {
                        fileDone(OperationState.CANCELLED, "Cancelled.");
                    }
                })
                .onFailure(failure -> {
                    if (request != fileRequest) {
                        return;
                    }
                    if (cancelled.get() || failure instanceof CancellationException) {
                        fileDone(OperationState.CANCELLED, "Cancelled.");
                    } else {
                        fileDone(OperationState.FAILED, "");
                        showFailure("Could not transcribe " + name, failure);
                    }
                }));
    }

    /** Stops the file being transcribed; nothing of it is kept. */
    public void cancelFile() {
        if (fileState.get() != OperationState.RUNNING) {
            return;
        }
        fileRequest++;
        fileCancelled.set(true);
        if (fileTask != null) {
            fileTask.cancel();
        }
        fileDone(OperationState.CANCELLED, "Cancelled.");
    }

    /** Shows a past attempt, its report worked out again from its transcript. */
    public void showAttempt(PracticeAttempt attempt) {
        if (attempt == null || (shown.get() != null && shown.get().attempt().id().equals(attempt.id()))) {
            return;
        }
        long request = ++showRequest;
        analysisState.set(OperationState.RUNNING);
        executor.execute(BackgroundTask.of("Opening the attempt", context -> backend.analyse(attempt.transcript()))
                .quiet()
                .onSuccess(report -> {
                    if (request == showRequest) {
                        analysisState.set(OperationState.DONE);
                        show(new ShownAttempt(attempt, report));
                    }
                })
                .onFailure(failure -> {
                    if (request == showRequest) {
                        analysisState.set(OperationState.FAILED);
                        showFailure("Could not open the attempt", failure);
                    }
                }));
    }

    /** Leaving the page for good: recording and playback stop. */
    public void close() {
        recorder.close();
        playback.stop();
        cancelFile();
    }

    // ---- inner workings

    private void analyseAndSave(TranscriptionResult result, String source) {
        long request = ++showRequest;
        analysisState.set(OperationState.RUNNING);
        executor.execute(BackgroundTask.of("Analysing your answer", context -> {
                    DeliveryReport report = backend.analyse(result.transcript());
                    return new ShownAttempt(backend.save(result, report, source), report);
                })
                .onSuccess(attempt -> {
                    // Saved even when another attempt was opened meanwhile; shown only if not.
                    history.addFirst(attempt.attempt());
                    if (request == showRequest) {
                        analysisState.set(OperationState.DONE);
                        show(attempt);
                    }
                })
                .onFailure(failure -> {
                    if (request == showRequest) {
                        analysisState.set(OperationState.FAILED);
                    }
                    showFailure("Could not analyse your answer", failure);
                }));
    }

    private void added(ShownAttempt attempt) {
        showRequest++;
        history.addFirst(attempt.attempt());
        show(attempt);
    }

    private void show(ShownAttempt attempt) {
        shown.set(attempt);
        playback.use(attempt.attempt().recording(), attempt.attempt().durationSec());
    }

    private void fileDone(OperationState state, String status) {
        fileTask = null;
        fileState.set(state);
        fileStatus.set(status);
        fileProgress.set(state == OperationState.DONE ? 1 : -1);
        recorder.heldProperty().set(false);
    }

    private void showFailure(String title, Throwable failure) {
        if (!(failure instanceof InputException)) {
            LOG.error("{}", title, failure);
        }
        dialogs.showError(title, RecorderViewModel.describe(failure));
    }
}
