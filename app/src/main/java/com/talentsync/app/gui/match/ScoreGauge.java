package com.talentsync.app.gui.match;

import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;

/**
 * The score as a 270° arc gauge drawn with two arcs: a track and the filled part, coloured by
 * {@link ScoreBand} through the theme's success, warning and danger colours (see match.css).
 */
final class ScoreGauge extends Region {

    private static final double START_ANGLE = 225;
    private static final double SWEEP = 270;
    private static final double STROKE = 12;

    private final Arc track = arc("gauge-track");
    private final Arc fill = arc("gauge-value");
    private final Label number = new Label("–");
    private final Label outOf = new Label("of 100");
    private int score = -1;
    private ScoreBand band = ScoreBand.NONE;

    ScoreGauge(ObservableIntegerValue score, ObservableValue<ScoreBand> band) {
        getStyleClass().addAll("score-gauge", ScoreBand.NONE.styleClass());
        setId("score-gauge");
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
        number.setId("score-value");
        number.getStyleClass().add("gauge-number");
        outOf.getStyleClass().add("gauge-caption");
        getChildren().addAll(track, fill, number, outOf);
        setPrefSize(180, 165);
        setMinSize(120, 110);
        score.addListener((observable, before, after) -> show(after.intValue(), this.band));
        band.addListener((observable, before, after) -> show(this.score, after));
        show(score.get(), band.getValue());
    }

    private static Arc arc(String styleClass) {
        Arc arc = new Arc();
        arc.setType(ArcType.OPEN);
        arc.setStartAngle(START_ANGLE);
        arc.setFill(null);
        arc.setStrokeWidth(STROKE);
        arc.setStrokeLineCap(StrokeLineCap.ROUND);
        arc.getStyleClass().add(styleClass);
        arc.setManaged(false);
        return arc;
    }

    private void show(int newScore, ScoreBand newBand) {
        score = newScore;
        getStyleClass().remove(band.styleClass());
        band = newBand == null ? ScoreBand.NONE : newBand;
        getStyleClass().add(band.styleClass());
        track.setLength(-SWEEP);
        fill.setLength(-SWEEP * Math.max(0, newScore) / 100.0);
        fill.setVisible(newScore > 0);
        number.setText(newScore < 0 ? "–" : String.valueOf(newScore));
        outOf.setText(newScore < 0 ? "no score yet" : band.label().isEmpty() ? "of 100" : band.label());
        setAccessibleText(newScore < 0 ? "No match score yet" : "Match score " + newScore + " of 100, " + band.label());
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double captionHeight = outOf.prefHeight(-1);
        // The caption sits in the open bottom of the arc, below the arc's ends (at 0.707 r below
        // the centre), so a long band name never crosses the stroke.
        double radius = Math.max(10, Math.min(width / 2 - STROKE, (height - 2 * STROKE - captionHeight) / 1.707));
        double centerX = left + width / 2;
        double centerY = top + STROKE / 2 + radius + 1;
        for (Arc arc : new Arc[] {track, fill}) {
            arc.setCenterX(centerX);
            arc.setCenterY(centerY);
            arc.setRadiusX(radius);
            arc.setRadiusY(radius);
        }
        double numberHeight = number.prefHeight(-1);
        layoutInArea(number, left, centerY - numberHeight / 2, width, numberHeight, 0, HPos.CENTER, VPos.CENTER);
        double captionTop = centerY + 0.707 * radius + STROKE / 2 + 2;
        layoutInArea(outOf, left, captionTop, width, captionHeight, 0, HPos.CENTER, VPos.TOP);
    }
}
