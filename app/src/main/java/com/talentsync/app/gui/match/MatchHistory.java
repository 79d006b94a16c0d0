package com.talentsync.app.gui.match;

import com.talentsync.app.task.BackgroundTask;
import com.talentsync.app.task.TaskExecutor;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.store.StoredJob;
import com.talentsync.core.store.StoredMatch;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scores of one library resume with one job over time, so a user sees the score move as
 * they edit. Each match of a library resume is kept (the backend skips an identical repeat) and
 * the list reloaded; pasted or file text has no history.
 */
public final class MatchHistory {

    private static final Logger LOG = LoggerFactory.getLogger(MatchHistory.class);

    private final MatchBackend backend;
    private final TaskExecutor executor;
    private final BiConsumer<String, Throwable> failures;
    private final ObservableList<StoredMatch> matches = FXCollections.observableArrayList();
    private final ObservableList<StoredMatch> matchesView = FXCollections.unmodifiableObservableList(matches);
    private final ReadOnlyBooleanWrapper kept = new ReadOnlyBooleanWrapper(false);
    private final StringBinding summary;
    // A reload may finish after the pair changed; only the newest request may fill the list.
    private long request;
    private boolean failureShown;

    MatchHistory(MatchBackend backend, TaskExecutor executor, BiConsumer<String, Throwable> failures,
            ObservableStringValue resumeText) {
        this.backend = backend;
        this.executor = executor;
        this.failures = failures;
        this.summary = Bindings.createStringBinding(() -> describe(resumeText.get()), matches, kept, resumeText);
    }

    /** The stored matches of the pair, oldest first. */
    public ObservableList<StoredMatch> matches() {
        return matchesView;
    }

    /** True when the resume comes from the library, whose matches are kept. */
    public ReadOnlyBooleanProperty keptProperty() {
        return kept.getReadOnlyProperty();
    }

    /** E.g. "Score 58 → 71 (+13) over 4 matches." */
    public StringBinding summary() {
        return summary;
    }

    /** Forgets the shown list; called when the resume or the job changes. */
    void reset(boolean keptForThisResume) {
        request++;
        kept.set(keptForThisResume);
        matches.clear();
    }

    void record(ResumeSummary resume, StoredJob job, MatchResult result, String resumeText) {
        long mine = ++request;
        executor.execute(BackgroundTask.of("Keeping the match", context -> {
                    backend.record(resume.id(), job.id(), result, resumeText);
                    return backend.history(resume.id(), job.id());
                })
                .quiet()
                .onSuccess(found -> {
                    if (mine == request) {
                        failureShown = false;
                        matches.setAll(found);
                    }
                })
                .onFailure(failure -> {
                    if (mine != request) {
                        return;
                    }
                    if (failureShown) {
                        // Every pause in typing records again; one dialog about a broken store is enough.
                        LOG.warn("could not keep the match history", failure);
                    } else {
                        failureShown = true;
                        failures.accept("Could not keep the match history", failure);
                    }
                }));
    }

    private String describe(String resumeText) {
        if (!kept.get()) {
            return resumeText.isBlank() ? ""
                    : "Scores are kept over time for resumes in your library; import this one on the Resumes screen to keep them.";
        }
        if (matches.isEmpty()) {
            return "";
        }
        int first = matches.getFirst().score();
        int last = matches.getLast().score();
        if (matches.size() == 1) {
            return "First match with this job: " + last + ".";
        }
        int change = last - first;
        String trend = change == 0 ? "no change" : (change > 0 ? "+" : "") + change;
        return "Score " + first + " → " + last + " (" + trend + ") over " + matches.size() + " matches.";
    }
}
