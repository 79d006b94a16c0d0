package com.talentsync.core.store;

import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenedResume;
import java.time.Instant;
import java.util.Objects;

/**
 * One resume of a job's stored screening, with what the recruiter decided about it.
 *
 * @param id      the row, for status, notes and deletion
 * @param updated when the score, status or notes last changed
 */
public record StoredCandidate(long id, long jobId, ScreenedResume resume, CandidateStatus status, String notes,
        Instant created, Instant updated) {

    public StoredCandidate {
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notes, "notes");
    }
}
