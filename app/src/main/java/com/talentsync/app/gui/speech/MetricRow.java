package com.talentsync.app.gui.speech;

import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.core.speech.delivery.DeliveryReport.Band;
import com.talentsync.core.speech.delivery.DeliveryReport.Rating;
import com.talentsync.core.speech.delivery.DeliveryReport.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * One line of the metrics table: a metric's name, its value, its reference band and the
 * verdict, ready to show.
 *
 * @param metric  the {@code DeliveryMetrics} field name
 * @param label   e.g. "Pace"
 * @param value   e.g. "142 wpm"
 * @param band    e.g. "120–160 words per minute", or "" when the verdict has no band
 * @param source  where the band comes from
 * @param rating  where the value falls against the band
 * @param verdict one sentence the user can act on
 */
public record MetricRow(String metric, String label, String value, String band, String source, Rating rating,
        String verdict) {

    /** The rows of a report's verdicts, in the analyser's order. */
    public static List<MetricRow> of(DeliveryReport report) {
        return report.verdicts().stream().map(MetricRow::of).toList();
    }

    static MetricRow of(Verdict verdict) {
        Band band = verdict.band();
        return new MetricRow(verdict.metric(), label(verdict.metric()), value(verdict.metric(), verdict.value()),
                band == null ? "" : band(band, verdict.metric()), band == null ? "" : band.source(),
                verdict.rating(), verdict.text());
    }

    static String label(String metric) {
        return switch (metric) {
            case "wpm" -> "Pace";
            case "articulationWpm" -> "Pace while speaking";
            case "pauses" -> "Pauses";
            case "longPauses" -> "Long pauses";
            case "longestPauseSec" -> "Longest pause";
            case "fillerCount" -> "Fillers";
            case "fillersPer100Words" -> "Fillers per 100 words";
            case "hedges" -> "Hedges";
            case "talkTimeSec" -> "Talk time";
            case "wordCount" -> "Words";
            case "vocabularyVariety" -> "Vocabulary variety";
            case "repeatedWords" -> "Repeated words";
            default -> metric;
        };
    }

    static String value(String metric, double value) {
        return switch (metric) {
            case "wpm", "articulationWpm" -> String.format(Locale.ROOT, "%.0f wpm", value);
            case "longestPauseSec" -> Durations.seconds(value);
            case "talkTimeSec" -> Durations.clock(value);
            case "fillersPer100Words" -> String.format(Locale.ROOT, "%.1f", value);
            case "vocabularyVariety" -> String.format(Locale.ROOT, "%.2f", value);
            default -> number(value);
        };
    }

    private static String band(Band band, String metric) {
        boolean hasLow = Double.isFinite(band.low());
        boolean hasHigh = Double.isFinite(band.high());
        String range;
        if (hasLow && hasHigh) {
            range = plain(band.low(), metric) + "–" + plain(band.high(), metric);
        } else if (hasHigh) {
            range = "at most " + plain(band.high(), metric);
        } else if (hasLow) {
            range = "at least " + plain(band.low(), metric);
        } else {
            return "";
        }
        return band.unit() == null || band.unit().isBlank() ? range : range + " " + band.unit();
    }

    private static String plain(double value, String metric) {
        return "vocabularyVariety".equals(metric) ? String.format(Locale.ROOT, "%.2f", value) : number(value);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
