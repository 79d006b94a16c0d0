package com.talentsync.app.gui.speech;

import com.talentsync.core.speech.delivery.DeliveryReport;
import java.util.List;
import java.util.Objects;

/**
 * The attempt on screen with its delivery report, and the text runs and metric rows made from
 * them.
 */
public record ShownAttempt(PracticeAttempt attempt, DeliveryReport report) {

    public ShownAttempt {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(report, "report");
    }

    public List<TranscriptMarkup.Run> transcriptRuns() {
        return TranscriptMarkup.of(attempt.transcript(), report);
    }

    public List<MetricRow> metricRows() {
        return MetricRow.of(report);
    }

    /** One line: pace, fillers, long pauses, talk time and words. */
    public String summary() {
        var metrics = report.metrics();
        return String.format(java.util.Locale.ROOT, "%.0f wpm · %d filler%s · %d long pause%s · %s talk time · %d words",
                metrics.wpm(), metrics.fillerCount(), metrics.fillerCount() == 1 ? "" : "s",
                metrics.longPauses(), metrics.longPauses() == 1 ? "" : "s",
                Durations.clock(metrics.talkTimeSec()), metrics.wordCount());
    }
}
