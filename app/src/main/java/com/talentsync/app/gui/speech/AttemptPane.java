package com.talentsync.app.gui.speech;

import com.talentsync.core.speech.delivery.DeliveryReport.Rating;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One practice attempt as the page shows it: a summary line, the source's warnings, Play/Stop,
 * the transcript with fillers and long pauses marked, the metrics against their bands with the
 * verdicts, and the pace over time.
 */
final class AttemptPane extends VBox {

    private final Label summary = new Label();
    private final Label warnings = new Label();
    private final TextFlow transcript = new TextFlow();
    private final GridPane metrics = new GridPane();
    private final PaceChart paceChart = new PaceChart();

    AttemptPane(PlaybackControl playback) {
        setId("practice-result");
        getStyleClass().add("practice-result");
        setSpacing(10);

        summary.setId("practice-summary");
        summary.getStyleClass().add("practice-summary");
        warnings.setId("practice-warnings");
        warnings.getStyleClass().add("practice-warnings");
        warnings.setWrapText(true);
        warnings.managedProperty().bind(warnings.visibleProperty());

        Button play = new Button();
        play.setId("play-button");
        play.textProperty().bind(playback.playingProperty().map(playing -> playing ? "■ Stop" : "▶ Play"));
        play.disableProperty().bind(playback.availableProperty().not());
        play.setOnAction(event -> playback.toggle());
        Label position = new Label();
        position.setId("play-position");
        position.textProperty().bind(playback.positionProperty());
        HBox player = new HBox(8, play, position);
        player.setAlignment(Pos.CENTER_LEFT);
        player.visibleProperty().bind(playback.availableProperty());
        player.managedProperty().bind(player.visibleProperty());

        transcript.setId("practice-transcript");
        transcript.getStyleClass().add("practice-transcript");

        metrics.setId("practice-metrics");
        metrics.getStyleClass().add("practice-metrics");
        metrics.setHgap(12);
        metrics.setVgap(6);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(VERDICT_MIN_WIDTH);
        ColumnConstraints band = new ColumnConstraints();
        band.setMinWidth(BAND_WIDTH);
        band.setPrefWidth(BAND_WIDTH);
        band.setMaxWidth(BAND_WIDTH);
        // Name, value and rating keep their width; the band and the verdict wrap.
        metrics.getColumnConstraints().addAll(fixedColumn(), fixedColumn(), band, fixedColumn(), grow);

        getChildren().addAll(summary, warnings, player, heading("Transcript"), transcript,
                heading("Delivery"), metrics, heading("Pace over time"), paceChart);
    }

    private static final double BAND_WIDTH = 220;
    private static final double VERDICT_MIN_WIDTH = 280;

    private static ColumnConstraints fixedColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    void show(ShownAttempt shown) {
        summary.setText(shown.summary());
        List<String> notes = shown.attempt().warnings();
        warnings.setText(String.join("\n", notes.stream().map(note -> "⚠ " + note).toList()));
        warnings.setVisible(!notes.isEmpty());
        transcript.getChildren().setAll(shown.transcriptRuns().stream().map(AttemptPane::run).toList());
        showMetrics(shown.metricRows());
        paceChart.show(shown.report());
    }

    private void showMetrics(List<MetricRow> rows) {
        metrics.getChildren().clear();
        int line = 0;
        for (MetricRow row : rows) {
            Label name = new Label(row.label());
            name.getStyleClass().add("metric-name");
            Label value = new Label(row.value());
            value.setId("metric-" + row.metric());
            value.getStyleClass().add("metric-value");
            Label band = new Label(row.band());
            band.getStyleClass().add("metric-band");
            if (!row.source().isBlank()) {
                band.setTooltip(new Tooltip("Band from " + row.source()));
            }
            Label rating = new Label(ratingText(row.rating()));
            rating.getStyleClass().addAll("metric-rating", "rating-" + row.rating().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Label verdict = new Label(row.verdict());
            verdict.getStyleClass().add("metric-verdict");
            verdict.setWrapText(true);
            band.setWrapText(true);
            for (Label fixed : List.of(name, value, rating)) {
                fixed.setMinWidth(Region.USE_PREF_SIZE);
            }
            metrics.addRow(line++, name, value, band, rating, verdict);
        }
    }

    static String ratingText(Rating rating) {
        return switch (rating) {
            case LOW -> "Low";
            case IN_BAND -> "In band";
            case HIGH -> "High";
        };
    }

    private static Node run(TranscriptMarkup.Run run) {
        Text text = new Text(run.text());
        text.getStyleClass().add(switch (run.kind()) {
            case WORDS -> "speech-words";
            case FILLER -> "speech-filler";
            case LONG_PAUSE -> "speech-long-pause";
        });
        if (!run.tooltip().isEmpty()) {
            Tooltip.install(text, new Tooltip(run.tooltip()));
        }
        return text;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("analysis-heading");
        return label;
    }

    /** The transcript's runs as shown, for tests. */
    List<Text> transcriptRuns() {
        return transcript.getChildren().stream().map(Text.class::cast).toList();
    }
}
