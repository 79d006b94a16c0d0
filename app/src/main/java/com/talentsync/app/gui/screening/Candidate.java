package com.talentsync.app.gui.screening;

import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenedResume;
import java.util.Objects;

/**
 * One resume in a job's stored ranking, with what the recruiter decided about it.
 *
 * @param rank   1-based place in the job's whole ranking (best first); blind review calls the
 *               candidate {@code BlindMask.label(rank)}, so the same number is shown on screen
 *               and in every export whatever the filters and sort order
 * @param resume the screened resume; its {@code sha256} identifies the candidate within the job
 * @param status where the candidate stands
 * @param notes  the recruiter's notes, "" when none
 */
public record Candidate(int rank, ScreenedResume resume, CandidateStatus status, String notes) {

    public Candidate {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1: " + rank);
        }
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notes, "notes");
    }

    public String sha256() {
        return resume.sha256();
    }

    public Candidate withStatus(CandidateStatus newStatus) {
        return new Candidate(rank, resume, newStatus, notes);
    }

    public Candidate withNotes(String newNotes) {
        return new Candidate(rank, resume, status, newNotes);
    }
}
