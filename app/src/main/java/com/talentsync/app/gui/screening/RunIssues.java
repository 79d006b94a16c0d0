package com.talentsync.app.gui.screening;

import com.talentsync.core.screen.DuplicateGroup;
import com.talentsync.core.screen.FailedFile;
import com.talentsync.core.screen.ScreenResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Each job's last run's failed files and duplicate groups, kept for the session, and the lists
 * the Failed and Duplicates tabs show for the chosen job, with file names hidden in blind review.
 */
final class RunIssues {

    private final Map<Long, ScreenResult> lastRuns = new HashMap<>();
    private final ObservableList<FailedFile> failures = FXCollections.observableArrayList();
    private final ObservableList<DuplicateGroup> duplicates = FXCollections.observableArrayList();

    ObservableList<FailedFile> failures() {
        return failures;
    }

    ObservableList<DuplicateGroup> duplicates() {
        return duplicates;
    }

    void remember(long jobId, ScreenResult result) {
        lastRuns.put(jobId, result);
    }

    /** @param ranked the job's ranking, whose blind labels name the kept resume of a duplicate group */
    void show(long jobId, boolean blind, List<CandidateRow> ranked) {
        ScreenResult last = lastRuns.get(jobId);
        if (last == null) {
            failures.clear();
            duplicates.clear();
        } else if (!blind) {
            failures.setAll(last.failed());
            duplicates.setAll(last.duplicates());
        } else {
            Map<String, String> labels = new HashMap<>();
            ranked.forEach(row -> labels.put(row.resume().file(), row.blindLabel()));
            failures.setAll(last.failed().stream().map(RunReport::blind).toList());
            duplicates.setAll(last.duplicates().stream().map(group -> RunReport.blind(group, labels)).toList());
        }
    }
}
