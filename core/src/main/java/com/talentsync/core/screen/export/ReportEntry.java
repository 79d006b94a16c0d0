package com.talentsync.core.screen.export;

import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenedResume;
import java.util.Objects;

/** One row of an exported ranking: the resume and what the recruiter decided about it. */
public record ReportEntry(ScreenedResume resume, CandidateStatus status, String notes) {

    public ReportEntry {
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(status, "status");
        notes = notes == null ? "" : notes;
    }

    /** A resume fresh from a screening: status new, no notes. */
    public static ReportEntry of(ScreenedResume resume) {
        return new ReportEntry(resume, CandidateStatus.NEW, "");
    }
}
