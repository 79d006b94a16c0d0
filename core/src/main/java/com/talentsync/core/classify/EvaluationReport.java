package com.talentsync.core.classify;

import java.util.List;
import java.util.Map;

/**
 * How a classifier did on a labelled CSV.
 *
 * @param modelVersion   the evaluated model
 * @param documents      rows classified (every usable row, duplicates included)
 * @param accuracy       share of rows whose predicted label equals the true one
 * @param macroF1        unweighted mean F1 over the labels that occur in the file (support above zero)
 * @param meanConfidence mean confidence of the predicted labels; compare with accuracy to judge calibration
 * @param perClass       per label, sorted by label: every true or predicted label
 * @param labels         row and column order of {@code confusion}: the keys of {@code perClass}
 * @param confusion      {@code confusion.get(t).get(p)}: rows with true label {@code labels.get(t)} predicted as {@code labels.get(p)}
 * @param seconds        time spent classifying
 */
public record EvaluationReport(String modelVersion, int documents, double accuracy, double macroF1,
        double meanConfidence, Map<String, ClassMetrics> perClass, List<String> labels, List<List<Integer>> confusion,
        double seconds) {

    /** Precision, recall and F1 of one label (0 when undefined), and its number of true rows. */
    public record ClassMetrics(double precision, double recall, double f1, int support) {}
}
