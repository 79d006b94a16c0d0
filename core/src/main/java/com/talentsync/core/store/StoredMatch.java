package com.talentsync.core.store;

import java.time.Instant;

/** One stored match of a library resume against a job; {@code resultJson} is the whole result. */
public record StoredMatch(long id, long resumeId, long jobId, int score, String matcherVersion,
        String resumeTextSha256, String resultJson, Instant createdAt) {}
