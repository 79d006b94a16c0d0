package com.talentsync.core.classify;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link ClassifierService#trainFromCsv} did.
 *
 * @param documents      distinct resumes trained on
 * @param duplicateRows  rows skipped because the same category and text came earlier in the file
 * @param blankRows      rows skipped because the category or the text was blank
 * @param perLabel       training resumes per category, sorted by category
 * @param savedTo        the model file, used by {@link ClassifierService#current()} from now on
 * @param modelVersion   the new model's {@link ResumeClassifier#modelVersion()}
 * @param seconds        training time
 */
public record TrainingReport(int documents, int duplicateRows, int blankRows, Map<String, Integer> perLabel,
        Path savedTo, String modelVersion, double seconds) {

    public TrainingReport {
        perLabel = Collections.unmodifiableMap(new TreeMap<>(perLabel));
    }
}
