package com.talentsync.core.classify;

import java.util.List;

/** The predicted job category: the best label and the top three, best first. */
public record CategoryPrediction(String label, double confidence, List<LabelScore> top) {}
