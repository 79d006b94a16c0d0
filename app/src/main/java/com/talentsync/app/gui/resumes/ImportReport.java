package com.talentsync.app.gui.resumes;

import com.talentsync.core.resume.ImportOutcome;
import com.talentsync.core.resume.ResumeSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sums up a batch of import outcomes for the status line and the error dialog. */
record ImportReport(int imported, int duplicates, List<String> problems, Optional<ResumeSummary> lastStored) {

    static ImportReport of(List<ImportOutcome> outcomes) {
        int imported = 0;
        int duplicates = 0;
        List<String> problems = new ArrayList<>();
        ResumeSummary last = null;
        for (ImportOutcome outcome : outcomes) {
            switch (outcome) {
                case ImportOutcome.Imported done -> {
                    imported++;
                    last = done.resume();
                }
                case ImportOutcome.Duplicate duplicate -> {
                    duplicates++;
                    last = duplicate.existing();
                }
                case ImportOutcome.Rejected rejected -> problems.add(rejected.error().message());
            }
        }
        return new ImportReport(imported, duplicates, List.copyOf(problems), Optional.ofNullable(last));
    }

    String summary() {
        List<String> parts = new ArrayList<>();
        parts.add("Imported " + imported + (imported == 1 ? " resume" : " resumes"));
        if (duplicates > 0) {
            parts.add(duplicates + " already stored");
        }
        if (!problems.isEmpty()) {
            parts.add(problems.size() + " refused");
        }
        return String.join(", ", parts) + ".";
    }
}
