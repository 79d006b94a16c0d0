package com.talentsync.core.resume.review;

/** How much a finding matters. */
public enum Severity {
    INFO,
    SUGGESTION,
    WARNING,
    PROBLEM
}
