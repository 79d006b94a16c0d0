package com.talentsync.core.resume;

import java.time.Instant;

/** One stored resume as lists show it; the text is fetched separately. */
public record ResumeSummary(
        long id,
        String displayName,
        String fileName,
        String mediaType,
        String sha256,
        long sizeBytes,
        int wordCount,
        Instant createdAt) {}
