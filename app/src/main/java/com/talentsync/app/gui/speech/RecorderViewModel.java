package com.talentsync.app.gui.speech;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.app.task.TaskHandle;
import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.speech.LiveSession;
import com.talentsync.speech.TranscriptionListener;
import com.talentsync.speech.TranscriptionResult;
import com.talentsync.speech.audio.AudioLevel;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorder without nodes: Record, Stop and Cancel over a live microphone session, the words
 * heard so far, a level meter with a too-quiet/clipping warning, and an mm:ss timer. Each finished
 * recording comes out as a {@link TranscriptionResult} in {@link #resultProperty()}.
 *
 * <p>The speech module calls back on its own thread; every callback reaches the properties
 * through the one injected {@code uiThread} executor ({@code Platform::runLater} in the app,
 * {@code Runnable::run} in tests). Callbacks of a recording that was cancelled or replaced are
 * dropped, so a late partial never shows under a newer recording.
 */
public final class RecorderViewModel {

    static final String TOO_QUIET = "Too quiet: speak closer to the microphone or raise its input level.";
    static final String CLIPPING = "Too loud: the sound is clipping; move back or lower the input level.";
    static final String OPEN_FILE_INSTEAD = "You can still open an audio file instead (Ctrl+O).";

    private static final Logger LOG = LoggerFactory.getLogger(RecorderViewModel.class);

    private final SpeechPracticeBackend backend;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<RecorderState> state = new ReadOnlyObjectWrapper<>(RecorderState.READY);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper partial = new ReadOnlyStringWrapper("");
    private final ObservableList<String> utterances = FXCollections.observableArrayList();
    // One read-only view, kept: such views hold their source weakly, so a fresh one per call could
    // be collected with the listeners added to it.
    private final ObservableList<String> utterancesView = FXCollections.unmodifiableObservableList(utterances);
    private final ReadOnlyDoubleWrapper levelFraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper levelWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(Durations.clock(0));
    private final ReadOnlyObjectWrapper<TranscriptionResult> result = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty held = new SimpleBooleanProperty(false);
    private final BooleanBinding canRecord;
    private final BooleanBinding canStop;
    private final BooleanBinding canCancel;
    private final StringBinding status;

    private boolean prepared;
    // Bumped by every Record and Cancel: callbacks and tasks of an older recording are ignored.
    private long generation;
    private LiveSession session;
    private boolean stopWanted;
    private TaskHandle finishing;

    public RecorderViewModel(SpeechPracticeBackend backend, TaskExecutor executor, Executor uiThread,
            DialogService dialogs) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        canRecord = Bindings.createBooleanBinding(() -> state.get().canRecord() && !held.get(), state, held);
        canStop = Bindings.createBooleanBinding(() -> state.get() == RecorderState.RECORDING, state);
        canCancel = Bindings.createBooleanBinding(
                () -> state.get() == RecorderState.RECORDING || state.get() == RecorderState.FINISHING, state);
        status = Bindings.createStringBinding(this::describeState, state, problem);
    }

    // ---- what the view binds to

    public ReadOnlyObjectProperty<RecorderState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last failure as one line, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** One line saying what is happening and what to press. */
    public StringBinding status() {
        return status;
    }

    /** The words of the utterance being spoken, replaced as recognition goes on. */
    public ReadOnlyStringProperty partialProperty() {
        return partial.getReadOnlyProperty();
    }

    /** The finished utterances of the current recording, in order. */
    public ObservableList<String> utterances() {
        return utterancesView;
    }

    /** 0-1 for the level meter. */
    public ReadOnlyDoubleProperty levelFractionProperty() {
        return levelFraction.getReadOnlyProperty();
    }

    /** What is wrong with the input level, or "" when it is fine. */
    public ReadOnlyStringProperty levelWarningProperty() {
        return levelWarning.getReadOnlyProperty();
    }

    /** Recording time as mm:ss. */
    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /** The latest finished recording; each one is a new value. */
    public ReadOnlyObjectProperty<TranscriptionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while something else (a file being transcribed) uses the recogniser: Record waits. */
    public BooleanProperty heldProperty() {
        return held;
    }

    public BooleanBinding canRecord() {
        return canRecord;
    }

    public BooleanBinding canStop() {
        return canStop;
    }

    public BooleanBinding canCancel() {
        return canCancel;
    }

    // ---- commands

    /** Loads the speech model in the background; later calls do nothing. */
    public void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        long loading = generation;
        state.set(RecorderState.LOADING_MODEL);
        executor.execute(BackgroundTask.of("Loading the speech model", context -> {
                    backend.warmUp();
                    return null;
                })
                .onSuccess(ignored -> {
                    if (loading == generation && state.get() == RecorderState.LOADING_MODEL) {
                        state.set(RecorderState.READY);
                    }
                })
                .onFailure(failure -> {
                    if (loading == generation && state.get() == RecorderState.LOADING_MODEL) {
                        fail("Could not load the speech model", failure, false);
                    }
                }));
    }

    /** Space and Ctrl+R: records when it may, stops when recording. */
    public void toggle() {
        if (state.get() == RecorderState.RECORDING) {
            stop();
        } else {
            record();
        }
    }

    /** Starts a new recording from the microphone; the previous words are cleared. */
    public void record() {
        if (!canRecord.get()) {
            return;
        }
        long recording = ++generation;
        session = null;
        stopWanted = false;
        partial.set("");
        utterances.clear();
        levelFraction.set(0);
        levelWarning.set("");
        elapsed.set(Durations.clock(0));
        problem.set("");
        state.set(RecorderState.RECORDING);
        SessionListener listener = new SessionListener(recording);
        executor.execute(BackgroundTask.of("Starting the microphone", context -> backend.startRecording(listener))
                .quiet()
                .onSuccess(live -> {
                    listener.live = live;
                    if (recording != generation) {
                        discard(live);
                        return;
                    }
                    session = live;
                    if (stopWanted) {
                        finish(recording, live);
                    }
                })
                .onFailure(failure -> {
                    if (recording == generation) {
                        fail("Could not start recording", failure, true);
                    }
                }));
    }

    /** Stops recording; the result follows once the last words are recognised. */
    public void stop() {
        if (state.get() != RecorderState.RECORDING) {
            return;
        }
        state.set(RecorderState.FINISHING);
        if (session == null) {
            stopWanted = true; // the microphone is still opening; stop as soon as it has
        } else {
            finish(generation, session);
        }
    }

    /** Esc: throws the recording away, while recording or finishing. */
    public void cancel() {
        if (!canCancel.get()) {
            return;
        }
        generation++;
        if (finishing != null) {
            finishing.cancel();
            finishing = null;
        }
        if (session != null) {
            discard(session);
            session = null;
        }
        partial.set("");
        utterances.clear();
        levelFraction.set(0);
        levelWarning.set("");
        elapsed.set(Durations.clock(0));
        state.set(RecorderState.READY);
    }

    /** Leaving for good: any recording is thrown away. */
    public void close() {
        cancel();
    }

    // ---- inner workings

    private void finish(long recording, LiveSession live) {
        finishing = executor.execute(BackgroundTask.of("Finishing the recording", context -> {
                    try (live) {
                        return live.stop();
                    }
                })
                .onSuccess(finished -> {
                    if (recording != generation) {
                        return;
                    }
                    session = null;
                    finishing = null;
                    partial.set("");
                    levelFraction.set(0);
                    state.set(RecorderState.DONE);
                    result.set(finished);
                })
                .onFailure(failure -> {
                    if (recording == generation) {
                        session = null;
                        finishing = null;
                        fail("Nothing usable was recorded", failure, false);
                    }
                }));
    }

    private void discard(LiveSession live) {
        executor.execute(BackgroundTask.of("Discarding the recording", context -> {
            live.close();
            return null;
        }).quiet().onFailure(failure -> LOG.warn("could not close a discarded recording", failure)));
    }

    private void fail(String title, Throwable failure, boolean offerFile) {
        String message = describe(failure);
        boolean noMicrophone = offerFile && failure instanceof InputException input
                && input.error().kind() == InputError.Kind.UNAVAILABLE;
        if (!(failure instanceof InputException)) {
            LOG.error("{}", title, failure);
        }
        partial.set("");
        levelFraction.set(0);
        levelWarning.set("");
        problem.set(noMicrophone ? message + " " + OPEN_FILE_INSTEAD : message);
        state.set(RecorderState.FAILED);
        dialogs.showError(title, noMicrophone ? message + " " + OPEN_FILE_INSTEAD : message);
    }

    private String describeState() {
        return switch (state.get()) {
            case LOADING_MODEL -> "Loading the speech model…";
            case READY -> "Ready: press Record (Space) and answer out loud.";
            case RECORDING -> "Recording… press Stop (Space) when you are done, Esc to throw it away.";
            case FINISHING -> "Finishing: recognising the last words…";
            case DONE -> "Done. Press Record (Space) to try again.";
            case FAILED -> problem.get();
        };
    }

    private boolean current(long recording) {
        return recording == generation
                && (state.get() == RecorderState.RECORDING || state.get() == RecorderState.FINISHING);
    }

    private void showLevel(AudioLevel level, double seconds) {
        levelFraction.set(level.meterFraction());
        levelWarning.set(switch (level.warning()) {
            case NONE -> "";
            case TOO_QUIET -> TOO_QUIET;
            case CLIPPING -> CLIPPING;
        });
        if (seconds >= 0) {
            elapsed.set(Durations.clock(seconds));
        }
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

    /** Hears one recording on the speech thread and hands everything to the UI thread. */
    private final class SessionListener implements TranscriptionListener {

        private final long recording;
        private volatile LiveSession live;

        SessionListener(long recording) {
            this.recording = recording;
        }

        @Override
        public void partial(String text) {
            uiThread.execute(() -> {
                if (current(recording)) {
                    partial.set(text == null ? "" : text.strip());
                }
            });
        }

        @Override
        public void finalText(String text) {
            uiThread.execute(() -> {
                if (current(recording)) {
                    partial.set("");
                    if (text != null && !text.isBlank()) {
                        utterances.add(text.strip());
                    }
                }
            });
        }

        @Override
        public void level(AudioLevel level) {
            // Read here, on the speech thread, so the timer moves with the audio actually captured.
            LiveSession capturing = live;
            double seconds = capturing == null ? -1 : capturing.elapsedSec();
            uiThread.execute(() -> {
                if (current(recording) && state.get() == RecorderState.RECORDING) {
                    showLevel(level, seconds);
                }
            });
        }
    }
}
