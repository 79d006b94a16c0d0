package com.talentsync.core.classify;

/** A label with a calibrated probability-like confidence in [0, 1]. */
public record LabelScore(String label, double confidence) {}
