package com.talentsync.app.gui.match;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.OperationState;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.app.task.TaskHandle;
import com.talentsync.core.store.StoredJob;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The job-ad side of {@link MatchViewModel}: the stored ads, the chosen one with its highlighted
 * text, and adding an ad from pasted text, a file or a web address, one at a time, cancellable.
 */
public final class MatchJobs {

    private static final int SHOWN_INPUT_CHARS = 60;

    private final MatchBackend backend;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final BiConsumer<String, Throwable> failures;
    private final Consumer<StoredJob> onChosen;

    private final ObservableList<StoredJob> jobs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StoredJob> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<HighlightedText> document = new ReadOnlyObjectWrapper<>(HighlightedText.EMPTY);
    private final ReadOnlyObjectWrapper<OperationState> loadState = new ReadOnlyObjectWrapper<>(OperationState.IDLE);
    private final ReadOnlyStringWrapper loadMessage = new ReadOnlyStringWrapper("");
    private final BooleanBinding loading = loadState.isEqualTo(OperationState.RUNNING);
    private TaskHandle runningLoad;
    // Cancel answers at once; a load that still finishes afterwards must not take over the screen.
    private long loadRequest;

    MatchJobs(MatchBackend backend, TaskExecutor executor, DialogService dialogs,
            BiConsumer<String, Throwable> failures, Consumer<StoredJob> onChosen) {
        this.backend = backend;
        this.executor = executor;
        this.dialogs = dialogs;
        this.failures = failures;
        this.onChosen = onChosen;
    }

    /** The stored job ads, newest first. */
    public ObservableList<StoredJob> jobs() {
        return jobs;
    }

    public ReadOnlyObjectProperty<StoredJob> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The chosen ad's text; after a score, with matched and missing skills highlighted. */
    public ReadOnlyObjectProperty<HighlightedText> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OperationState> loadStateProperty() {
        return loadState.getReadOnlyProperty();
    }

    /** What the running load does, e.g. "Fetching example.com…". */
    public ReadOnlyStringProperty loadMessageProperty() {
        return loadMessage.getReadOnlyProperty();
    }

    public BooleanBinding loading() {
        return loading;
    }

    /** Shows a stored ad and scores it against the resume. */
    public void choose(StoredJob job) {
        if (job == null || job.equals(selected.get())) {
            return;
        }
        selected.set(job);
        document.set(HighlightedText.plain(job.text()));
        onChosen.accept(job);
    }

    /** Stores a pasted ad, or chooses the stored one with the same text. */
    public void addPasted(String text) {
        if (text == null || text.isBlank()) {
            dialogs.showError("Nothing to add", "The pasted job ad is empty: paste the text of the ad, with its duties and requirements.");
            return;
        }
        String wanted = text.strip();
        Optional<StoredJob> same = jobs.stream().filter(job -> job.text().strip().equals(wanted)).findFirst();
        if (same.isPresent()) {
            choose(same.get());
            return;
        }
        load("Saving the job ad", context -> backend.addJob(text));
    }

    /** Reads an ad from a file of any format the resume reader takes, stores and chooses it. */
    public void openFile(Path file) {
        load("Reading " + file.getFileName(), context -> backend.addJobFromFile(file));
    }

    /** Fetches an ad from a web address (https assumed when none is typed), stores and chooses it. */
    public void fetch(String typedAddress) {
        Optional<URI> address = WebAddress.parse(typedAddress);
        if (address.isEmpty()) {
            dialogs.showError("Not a web address", "\"" + shorten(typedAddress)
                    + "\" is not a web address: type one like https://example.com/jobs/123.");
            return;
        }
        URI uri = address.get();
        load("Fetching " + uri.getHost(), context -> backend.addJobFromUrl(uri));
    }

    /** Dropped text: a lone web address (http or https) is fetched, anything else is a pasted ad. */
    public void addDropped(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.matches("(?i)https?://\\S+")) {
            fetch(stripped);
        } else {
            addPasted(text);
        }
    }

    /**
     * Stops the running paste, file or web load. The screen is free at once; an ad the backend
     * had already stored still appears in the list, but is not chosen.
     */
    public void cancelLoad() {
        if (!loading.get()) {
            return;
        }
        loadRequest++;
        loadState.set(OperationState.CANCELLED);
        loadMessage.set("");
        if (runningLoad != null) {
            runningLoad.cancel();
        }
    }

    void showStored(List<StoredJob> stored) {
        jobs.setAll(stored);
    }

    void highlight(HighlightedText highlighted) {
        document.set(highlighted);
    }

    private void load(String title, BackgroundTask.Work<StoredJob> work) {
        if (loading.get()) {
            dialogs.showError("Busy", "A job ad is still being added; wait for it or cancel it first.");
            return;
        }
        long mine = ++loadRequest;
        loadState.set(OperationState.RUNNING);
        loadMessage.set(title + "…");
        runningLoad = executor.execute(BackgroundTask.of(title, work)
                .onSuccess(job -> {
                    if (jobs.stream().noneMatch(listed -> listed.id() == job.id())) {
                        jobs.addFirst(job);
                    }
                    if (mine == loadRequest) {
                        loadState.set(OperationState.DONE);
                        loadMessage.set("");
                        choose(job);
                    }
                })
                .onCancelled(() -> {
                    if (mine == loadRequest) {
                        loadState.set(OperationState.CANCELLED);
                        loadMessage.set("");
                    }
                })
                .onFailure(failure -> {
                    if (mine == loadRequest) {
                        loadState.set(OperationState.FAILED);
                        loadMessage.set("");
                        failures.accept("Could not add the job ad", failure);
                    }
                }));
    }

    private static String shorten(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= SHOWN_INPUT_CHARS ? line : line.substring(0, SHOWN_INPUT_CHARS) + "…";
    }
}
