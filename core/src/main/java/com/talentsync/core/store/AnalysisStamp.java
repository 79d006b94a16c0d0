package com.talentsync.core.store;

/** The versions of the parts that produced an analysis; a different stamp means stale. */
public record AnalysisStamp(String extractor, String taxonomy, String model, String reviewer) {}
