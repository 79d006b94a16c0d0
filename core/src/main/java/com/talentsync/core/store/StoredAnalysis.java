package com.talentsync.core.store;

import java.time.Instant;

/** A stored analysis: its JSON and the versions of what produced it. */
public record StoredAnalysis(long resumeId, AnalysisStamp stamp, String json, Instant createdAt) {}
