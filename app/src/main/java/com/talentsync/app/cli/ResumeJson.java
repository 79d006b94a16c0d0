package com.talentsync.app.cli;

import com.talentsync.core.resume.ResumeSummary;

/** The JSON shape of one stored resume in {@code list --json}; field names are a contract. */
record ResumeJson(
        long id, String name, String file, String mediaType, int wordCount, long sizeBytes, String sha256, String createdAt) {

    static ResumeJson of(ResumeSummary resume) {
        return new ResumeJson(resume.id(), resume.displayName(), resume.fileName(), resume.mediaType(),
                resume.wordCount(), resume.sizeBytes(), resume.sha256(), resume.createdAt().toString());
    }
}
