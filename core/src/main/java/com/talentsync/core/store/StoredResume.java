package com.talentsync.core.store;

import java.time.Instant;

/** One stored resume without its text or bytes, which are fetched on demand. */
public record StoredResume(
        long id, String displayName, String fileName, String mediaType, String sha256, long sizeBytes,
        int wordCount, Instant createdAt) {}
