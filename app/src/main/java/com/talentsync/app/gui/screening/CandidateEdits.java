package com.talentsync.app.gui.screening;

import com.talentsync.app.gui.DialogService;
import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.core.screen.CandidateStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saves the recruiter's status and notes edits so that none is lost: edits wait in a queue until
 * the backend confirms them, one save at a time so a later edit never lands before an earlier one,
 * a failed save stays queued and goes again with the next edit, and a ranking reloaded while edits
 * wait shows the edits rather than the stored values.
 */
final class CandidateEdits {

    private record Key(long jobId, String sha256) {}

    private final ScreeningBackend backend;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Map<Key, CandidateStatus> statuses = new LinkedHashMap<>();
    private final Map<Key, String> notes = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean saving;

    CandidateEdits(ScreeningBackend backend, TaskExecutor executor, DialogService dialogs) {
        this.backend = backend;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** "" while everything is saved or saving; otherwise one line saying what is waiting and why. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void status(long jobId, CandidateRow row, CandidateStatus status) {
        if (row.statusProperty().get() == status) {
            return;
        }
        row.setStatus(status);
        statuses.put(new Key(jobId, row.resume().sha256()), status);
        flush();
    }

    void notes(long jobId, CandidateRow row, String text) {
        if (Objects.equals(row.notesProperty().get(), text)) {
            return;
        }
        row.setNotes(text);
        notes.put(new Key(jobId, row.resume().sha256()), text);
        flush();
    }

    /** The loaded candidates with every edit that is not saved yet laid over them. */
    List<Candidate> overlay(long jobId, List<Candidate> loaded) {
        List<Candidate> result = new ArrayList<>(loaded.size());
        for (Candidate candidate : loaded) {
            Key key = new Key(jobId, candidate.sha256());
            Candidate shown = candidate;
            if (statuses.containsKey(key)) {
                shown = shown.withStatus(statuses.get(key));
            }
            if (notes.containsKey(key)) {
                shown = shown.withNotes(notes.get(key));
            }
            result.add(shown);
        }
        return result;
    }

    boolean hasUnsaved() {
        return !statuses.isEmpty() || !notes.isEmpty();
    }

    /** Sends every waiting edit, unless a save is already running: it sends the rest when it ends. */
    void flush() {
        if (saving || !hasUnsaved()) {
            return;
        }
        saving = true;
        Map<Key, CandidateStatus> statusBatch = Map.copyOf(statuses);
        Map<Key, String> notesBatch = Map.copyOf(notes);
        executor.execute(BackgroundTask.of("Saving candidate changes", context -> {
                    statusBatch.forEach((key, status) -> backend.setStatus(key.jobId(), key.sha256(), status));
                    notesBatch.forEach((key, text) -> backend.setNotes(key.jobId(), key.sha256(), text));
                    return null;
                })
                .quiet()
                .onSuccess(saved -> {
                    // An edit made while this save ran is newer than the batch: it stays queued.
                    statusBatch.forEach(statuses::remove);
                    notesBatch.forEach(notes::remove);
                    saving = false;
                    problem.set("");
                    flush();
                })
                .onFailure(failure -> {
                    saving = false;
                    String why = Failures.describe(failure);
                    problem.set("Not saved yet (" + why + "): your edits stay here and are saved with your next change.");
                    dialogs.showError("Could not save your changes", why);
                })
                .onCancelled(() -> saving = false));
    }
}
