package com.talentsync.app.gui.speech;

import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.core.speech.delivery.DeliveryReport.PaceWindow;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * Words per minute over the answer, one point per window, with the recommended band drawn as two
 * dashed lines across the whole answer.
 */
final class PaceChart extends LineChart<Number, Number> {

    static final double DEFAULT_LOW = 120;
    static final double DEFAULT_HIGH = 160;

    PaceChart() {
        super(new NumberAxis(), new NumberAxis());
        setId("pace-chart");
        getStyleClass().add("pace-chart");
        getXAxis().setLabel("seconds");
        getYAxis().setLabel("words per minute");
        setAnimated(false);
        setCreateSymbols(true);
        setLegendVisible(true);
        setPrefHeight(240);
        setMinHeight(200);
    }

    void show(DeliveryReport report) {
        List<PaceWindow> windows = report.paceOverTime();
        double[] band = band(report);
        XYChart.Series<Number, Number> pace = new XYChart.Series<>();
        pace.setName("Your pace");
        double end = 0;
        for (PaceWindow window : windows) {
            pace.getData().add(new XYChart.Data<>((window.startSec() + window.endSec()) / 2, window.wpm()));
            end = Math.max(end, window.endSec());
        }
        getData().setAll(pace, line("Band low (" + (int) band[0] + ")", band[0], end),
                line("Band high (" + (int) band[1] + ")", band[1], end));
        for (int series = 1; series < getData().size(); series++) {
            if (getData().get(series).getNode() != null) {
                getData().get(series).getNode().getStyleClass().add("pace-band-line");
            }
        }
    }

    /** The pace band from the analyser's verdict on wpm, or the usual 120-160. */
    static double[] band(DeliveryReport report) {
        return report.verdicts().stream()
                .filter(verdict -> verdict.metric().equals("wpm") && verdict.band() != null
                        && Double.isFinite(verdict.band().low()) && Double.isFinite(verdict.band().high()))
                .findFirst()
                .map(verdict -> new double[] {verdict.band().low(), verdict.band().high()})
                .orElse(new double[] {DEFAULT_LOW, DEFAULT_HIGH});
    }

    private static XYChart.Series<Number, Number> line(String name, double wpm, double end) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.getData().add(new XYChart.Data<>(0, wpm));
        series.getData().add(new XYChart.Data<>(Math.max(end, 1), wpm));
        return series;
    }
}
