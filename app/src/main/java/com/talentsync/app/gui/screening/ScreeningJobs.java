package com.talentsync.app.gui.screening;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.store.StoredJob;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The stored job ads and the one resumes are ranked against; new ones from pasted text, a file or a URL. */
public final class ScreeningJobs {

    @FunctionalInterface
    private interface JobSource {
        StoredJob get() throws InputException;
    }

    private final ScreeningBackend backend;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<StoredJob> jobs = FXCollections.observableArrayList();
    private final ObjectProperty<StoredJob> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    ScreeningJobs(ScreeningBackend backend, TaskExecutor executor, DialogService dialogs) {
        this.backend = backend;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Newest first. */
    public ObservableList<StoredJob> list() {
        return jobs;
    }

    public ObjectProperty<StoredJob> selectedProperty() {
        return selected;
    }

    /** True while a job ad is being read or stored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reloads the stored job ads, keeping the selection, or choosing the newest when none is. */
    public void refresh() {
        executor.execute(BackgroundTask.of("Loading job ads", context -> backend.jobs())
                .quiet()
                .onSuccess(found -> {
                    StoredJob current = selected.get();
                    jobs.setAll(found);
                    selected.set(current == null ? found.stream().findFirst().orElse(null)
                            : found.stream().filter(job -> job.id() == current.id()).findFirst().orElse(null));
                })
                .onFailure(failure -> Failures.show(dialogs, "Could not load the job ads", failure)));
    }

    /** Stores a pasted job ad and chooses it. */
    public void addText(String text) {
        if (text == null || text.isBlank()) {
            dialogs.showError("The job ad is empty", "Paste the ad's text: title, requirements and duties.");
            return;
        }
        add("Saving the job ad", () -> backend.addJob(text));
    }

    /** Reads a job ad from a file or an http(s) URL, stores it and chooses it. */
    public void load(String pathOrUrl) {
        if (pathOrUrl == null || pathOrUrl.isBlank()) {
            dialogs.showError("No job ad given", "Give a file (PDF, DOCX, TXT, ...) or a web address starting with https://.");
            return;
        }
        add("Reading the job ad", () -> backend.loadJob(pathOrUrl.strip()));
    }

    private void add(String title, JobSource source) {
        busy.set(true);
        executor.execute(BackgroundTask.of(title, context -> source.get())
                .onSuccess(job -> {
                    busy.set(false);
                    jobs.removeIf(listed -> listed.id() == job.id());
                    jobs.addFirst(job);
                    selected.set(job);
                })
                .onCancelled(() -> busy.set(false))
                .onFailure(failure -> {
                    busy.set(false);
                    Failures.show(dialogs, "Could not add the job ad", failure);
                }));
    }
}
