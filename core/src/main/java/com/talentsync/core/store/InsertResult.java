package com.talentsync.core.store;

/** What {@link ResumeRepository#insert} did. */
public sealed interface InsertResult {

    record Inserted(StoredResume resume) implements InsertResult {}

    /** A row with the same SHA-256 was there already (perhaps stored a moment ago by another thread). */
    record AlreadyStored(StoredResume existing) implements InsertResult {}
}
