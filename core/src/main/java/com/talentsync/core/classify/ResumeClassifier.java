package com.talentsync.core.classify;

/** Predicts a resume's job category from its text. Thread-safe once built. */
public interface ResumeClassifier {

    CategoryPrediction classify(String text);

    /** Identifies the model, e.g. "shipped-2026.11-sha:ab12cd" or "user-trained-…", for stored analyses. */
    String modelVersion();
}
