package com.talentsync.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static List<CategoryPrediction> predicted(String... labels) {
        List<CategoryPrediction> predictions = new ArrayList<>();
        for (String label : labels) {
            predictions.add(new CategoryPrediction(label, 0.5, List.of(new LabelScore(label, 0.5))));
        }
        return predictions;
    }

    @Test
    void metricsOfASmallConfusionWorkedOutByHand() {
        // true:      A A A B B C
        // predicted: A A B B C C
        EvaluationReport report = Evaluation.of("m1", List.of("A", "A", "A", "B", "B", "C"),
                predicted("A", "A", "B", "B", "C", "C"), 0.25);

        assertThat(report.labels()).containsExactly("A", "B", "C");
        assertThat(report.confusion()).containsExactly(List.of(2, 1, 0), List.of(0, 1, 1), List.of(0, 0, 1));
        assertThat(report.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
        // A: P 2/2, R 2/3, F1 0.8.  B: P 1/2, R 1/2, F1 0.5.  C: P 1/2, R 1/1, F1 2/3.
        assertThat(report.perClass().get("A")).isEqualTo(new EvaluationReport.ClassMetrics(1.0, 2.0 / 3, 0.8, 3));
        assertThat(report.perClass().get("B").f1()).isCloseTo(0.5, within(1e-12));
        assertThat(report.perClass().get("C").precision()).isCloseTo(0.5, within(1e-12));
        assertThat(report.perClass().get("C").recall()).isEqualTo(1.0);
        assertThat(report.perClass().get("C").f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.macroF1()).isCloseTo((0.8 + 0.5 + 2.0 / 3) / 3, within(1e-12));
        assertThat(report.meanConfidence()).isEqualTo(0.5);
        assertThat(report.documents()).isEqualTo(6);
        assertThat(report.modelVersion()).isEqualTo("m1");
        assertThat(report.seconds()).isEqualTo(0.25);
    }

    @Test
    void aLabelOnlyEverPredictedIsListedButLeftOutOfTheMacroAverage() {
        EvaluationReport report = Evaluation.of("m", List.of("A", "A"), predicted("A", "Z"), 0);

        assertThat(report.labels()).containsExactly("A", "Z");
        assertThat(report.perClass().get("Z")).isEqualTo(new EvaluationReport.ClassMetrics(0, 0, 0, 0));
        // Only A counts: P 1, R 1/2, F1 2/3.
        assertThat(report.macroF1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.accuracy()).isEqualTo(0.5);
    }
}
