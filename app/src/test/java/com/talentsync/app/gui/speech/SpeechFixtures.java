package com.talentsync.app.gui.speech;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryMetrics;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.core.speech.delivery.DeliveryReport.Band;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerHit;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerSource;
import com.talentsync.core.speech.delivery.DeliveryReport.PaceWindow;
import com.talentsync.core.speech.delivery.DeliveryReport.Pause;
import com.talentsync.core.speech.delivery.DeliveryReport.Rating;
import com.talentsync.core.speech.delivery.DeliveryReport.Verdict;
import com.talentsync.speech.TranscriptionResult;
import com.talentsync.speech.audio.SourceInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built transcripts and reports: the analyser is tested in core, the page only shows them. */
final class SpeechFixtures {

    private SpeechFixtures() {}

    /** "so um I think we shipped it on time", a 2.4 s pause after "shipped". */
    static Transcript answer() {
        return Transcript.of(List.of(
                new TimedWord("so", 0.0, 0.3, 1),
                new TimedWord("um", 0.4, 0.7, 0.6),
                new TimedWord("I", 0.9, 1.0, 1),
                new TimedWord("think", 1.0, 1.3, 1),
                new TimedWord("we", 1.3, 1.5, 1),
                new TimedWord("shipped", 1.5, 2.0, 1),
                new TimedWord("it", 4.4, 4.6, 1),
                new TimedWord("on", 4.6, 4.8, 1),
                new TimedWord("time", 4.8, 5.2, 1)), 9.0);
    }

    static DeliveryReport report() {
        DeliveryMetrics metrics = new DeliveryMetrics(142, 170, 2, 1, 2.4, 1, 11.1, Map.of("um", 1), 1, 5.2, 9,
                0.9, 0);
        Band pace = new Band(120, 160, "words per minute", "a hand-built band");
        Band fillers = new Band(Double.NEGATIVE_INFINITY, 3, "per 100 words", "a hand-built band");
        return new DeliveryReport(metrics,
                List.of(new PaceWindow(0, 3, 6, 120), new PaceWindow(3, 6, 3, 60)),
                List.of(new Pause(0.7, 0.9, 1, false), new Pause(2.0, 4.4, 5, true)),
                List.of(new FillerHit(1, 1, "um", FillerSource.LEXICAL)),
                List.of(),
                List.of(),
                List.of(new Verdict("wpm", 142, pace, Rating.IN_BAND, "A pace that is easy to follow."),
                        new Verdict("fillersPer100Words", 11.1, fillers, Rating.HIGH,
                                "Many fillers: try a silent pause instead.")));
    }

    static TranscriptionResult result(Optional<Path> recording, List<String> warnings) {
        return new TranscriptionResult(answer(), 1200, new SourceInfo("WAV", "PCM_SIGNED", 16_000, 1, 16, 9.0),
                warnings, recording);
    }

    static TranscriptionResult result() {
        return result(Optional.of(Path.of("recording-1.flac")), List.of());
    }
}
