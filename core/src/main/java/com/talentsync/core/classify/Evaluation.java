package com.talentsync.core.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Computes an {@link EvaluationReport} from true labels and predictions. */
final class Evaluation {

    private Evaluation() {}

    static EvaluationReport of(String modelVersion, List<String> truth, List<CategoryPrediction> predictions,
            double seconds) {
        if (truth.size() != predictions.size()) {
            throw new IllegalArgumentException("one prediction per true label expected");
        }
        TreeSet<String> labelSet = new TreeSet<>(truth);
        predictions.forEach(prediction -> labelSet.add(prediction.label()));
        List<String> labels = List.copyOf(labelSet);
        int k = labels.size();
        int[][] confusion = new int[k][k];
        int correct = 0;
        double confidence = 0;
        for (int i = 0; i < truth.size(); i++) {
            int t = labels.indexOf(truth.get(i));
            int p = labels.indexOf(predictions.get(i).label());
            confusion[t][p]++;
            if (t == p) {
                correct++;
            }
            confidence += predictions.get(i).confidence();
        }
        Map<String, EvaluationReport.ClassMetrics> perClass = new LinkedHashMap<>();
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            int truePositives = confusion[c][c];
            int support = 0;
            int predicted = 0;
            for (int j = 0; j < k; j++) {
                support += confusion[c][j];
                predicted += confusion[j][c];
            }
            double precision = ratio(truePositives, predicted);
            double recall = ratio(truePositives, support);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.put(labels.get(c), new EvaluationReport.ClassMetrics(precision, recall, f1, support));
            // Labels only ever predicted (support 0) show in the table but do not enter the average:
            // the macro-F1 answers "how well are the categories in this file recognised".
            if (support > 0) {
                f1Sum += f1;
                present++;
            }
        }
        List<List<Integer>> rows = new ArrayList<>(k);
        for (int[] row : confusion) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        int n = truth.size();
        return new EvaluationReport(modelVersion, n, ratio(correct, n), present == 0 ? 0 : f1Sum / present,
                n == 0 ? 0 : confidence / n, perClass, labels, List.copyOf(rows), seconds);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
