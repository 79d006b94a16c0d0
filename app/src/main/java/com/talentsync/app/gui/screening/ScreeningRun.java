package com.talentsync.app.gui.screening;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.app.task.TaskHandle;
import com.talentsync.core.screen.ScreenResult;
import com.talentsync.core.store.StoredJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One screening at a time, on a worker: its state, progress (files done of files found, and the
 * current file unless blind review is on) and a cancel that lets the work stop itself and keep
 * what it finished.
 */
public final class ScreeningRun {

    /** Told on the FX thread when a run ends; {@code result} is empty when it failed or was stopped from outside. */
    @FunctionalInterface
    interface Ended {
        void ended(StoredJob job, OperationState state, Optional<ScreenResult> result);
    }

    private final ScreeningBackend backend;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Ended ended;
    private final ReadOnlyObjectWrapper<OperationState> state = new ReadOnlyObjectWrapper<>(OperationState.IDLE);
    private final BooleanBinding running = state.isEqualTo(OperationState.RUNNING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    // Read by the screening's worker threads: set from the FX thread, hence volatile.
    private volatile boolean cancelRequested;
    private volatile boolean blind;

    ScreeningRun(ScreeningBackend backend, TaskExecutor executor, DialogService dialogs, Ended ended) {
        this.backend = backend;
        this.executor = executor;
        this.dialogs = dialogs;
        this.ended = ended;
    }

    public ReadOnlyObjectProperty<OperationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanBinding running() {
        return running;
    }

    /** 0..1 while screening, -1 while the number of files is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Asks the running screening to stop; it returns what it finished, which is ranked and kept.
     * The worker is not interrupted: an interrupt in the middle of a database write could close H2.
     */
    public void cancel() {
        if (running.get()) {
            cancelRequested = true;
            message.unbind();
            message.set("Cancelling… the resumes already read are kept.");
        }
    }

    void setBlind(boolean on) {
        blind = on;
    }

    /** Starts screening, unless one is running already (then says so). */
    void start(StoredJob job, List<Path> inputs) {
        if (running.get()) {
            dialogs.showError("A screening is already running", "Wait for it to finish or cancel it (Esc), then add more resumes.");
            return;
        }
        List<Path> batch = List.copyOf(inputs);
        cancelRequested = false;
        state.set(OperationState.RUNNING);
        progress.set(-1);
        message.set("Looking for resumes…");
        TaskHandle started = executor.execute(BackgroundTask.of("Screening for " + job.label(), context -> {
                    context.updateMessage("Looking for resumes…");
                    return backend.screen(job.id(), batch, (done, total, file) -> {
                        context.updateProgress(done, total);
                        context.updateMessage(progressLine(done, total, file));
                    }, () -> cancelRequested || context.isCancelled());
                })
                .onSuccess(result -> end(job, result.cancelled() ? OperationState.CANCELLED : OperationState.DONE,
                        Optional.of(result)))
                .onCancelled(() -> end(job, OperationState.CANCELLED, Optional.empty()))
                .onFailure(failure -> {
                    end(job, OperationState.FAILED, Optional.empty());
                    Failures.show(dialogs, "Screening failed", failure);
                }));
        // A synchronous executor has finished by now; binding to its handle would pin the last values.
        if (!started.isDone()) {
            progress.bind(started.progressProperty());
            message.bind(started.messageProperty());
        }
    }

    private String progressLine(int done, int total, String file) {
        String counts = "Screened " + done + " of " + total;
        return blind || file == null || file.isBlank() ? counts : counts + " · " + CandidateRow.fileName(file);
    }

    private void end(StoredJob job, OperationState outcome, Optional<ScreenResult> result) {
        progress.unbind();
        message.unbind();
        progress.set(outcome == OperationState.DONE ? 1 : 0);
        message.set("");
        state.set(outcome);
        ended.ended(job, outcome, result);
    }
}
