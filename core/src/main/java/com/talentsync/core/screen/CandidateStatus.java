package com.talentsync.core.screen;

/** Where a candidate stands in a recruiter's screening of one job. */
public enum CandidateStatus {
    NEW, SHORTLISTED, INTERVIEW, REJECTED
}
