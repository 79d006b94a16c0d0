package com.talentsync.app.gui.speech;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryReport;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerHit;
import com.talentsync.core.speech.delivery.DeliveryReport.FillerSource;
import com.talentsync.core.speech.delivery.DeliveryReport.Pause;
import com.talentsync.core.speech.delivery.DeliveryReport.SoundHesitation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A transcript cut into runs for display: plain words, fillers (with a tooltip saying why they
 * count) and markers where a long pause fell or a hesitation was heard. Runs joined in order read
 * as the transcript, with a "[pause 2.4 s]" marker at each long pause and "[um…]" where a
 * hesitation was heard that no word was written for.
 */
public final class TranscriptMarkup {

    /** What a run is, which decides its style. */
    public enum Kind { WORDS, FILLER, LONG_PAUSE }

    /** One run of text; {@code tooltip} is "" for plain words. */
    public record Run(String text, Kind kind, String tooltip) {}

    static final String SOUND_HESITATION = "Hesitation: a sound like “umm” or “err” between words, with no word"
            + " said; counted as a filler.";

    /** A run shown between words, placed by when it happened. */
    private record Marker(double atSec, Run run) {}

    private TranscriptMarkup() {}

    public static List<Run> of(Transcript transcript, DeliveryReport report) {
        List<TimedWord> words = transcript.words();
        Map<Integer, FillerHit> fillerAt = new HashMap<>();
        for (FillerHit hit : report.fillers()) {
            if (hit.firstWord() >= 0 && hit.lastWord() < words.size() && hit.firstWord() <= hit.lastWord()) {
                fillerAt.putIfAbsent(hit.firstWord(), hit);
            }
        }
        // What happens in the gap after a word, in time order: long pauses and heard hesitations.
        Map<Integer, List<Marker>> markersAfter = new HashMap<>();
        for (Pause pause : report.pauses()) {
            if (pause.isLong()) {
                markersAfter.computeIfAbsent(pause.afterWord(), key -> new ArrayList<>()).add(new Marker(pause.startSec(),
                        new Run("[pause " + Durations.seconds(pause.durationSec()) + "]", Kind.LONG_PAUSE,
                                "A long pause of " + Durations.seconds(pause.durationSec())
                                        + ": a short pause helps, a long one can sound unsure.")));
            }
        }
        for (SoundHesitation sound : report.soundHesitations()) {
            markersAfter.computeIfAbsent(sound.afterWord(), key -> new ArrayList<>()).add(new Marker(sound.startSec(),
                    new Run("[um…]", Kind.FILLER, SOUND_HESITATION)));
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (int index = 0; index < words.size(); index++) {
            String separator = index == 0 ? "" : " ";
            FillerHit filler = fillerAt.get(index);
            if (filler == null) {
                plain.append(separator).append(words.get(index).word());
            } else {
                plain.append(separator);
                flush(plain, runs);
                runs.add(new Run(join(words, filler.firstWord(), filler.lastWord()), Kind.FILLER, explain(filler)));
                index = filler.lastWord();
            }
            List<Marker> markers = markersAfter.getOrDefault(index, List.of());
            for (Marker marker : markers.stream().sorted(Comparator.comparingDouble(Marker::atSec)).toList()) {
                plain.append(' ');
                flush(plain, runs);
                runs.add(marker.run());
            }
        }
        flush(plain, runs);
        return List.copyOf(runs);
    }

    static String explain(FillerHit filler) {
        return filler.source() == FillerSource.TIMING
                ? "Hesitation: a short, unsure sound between pauses, counted as a filler."
                : "Filler: “" + filler.phrase() + "” adds no meaning; a silent pause works better.";
    }

    private static String join(List<TimedWord> words, int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int index = first; index <= last; index++) {
            if (index > first) {
                text.append(' ');
            }
            text.append(words.get(index).word());
        }
        return text.toString();
    }

    private static void flush(StringBuilder plain, List<Run> runs) {
        if (!plain.isEmpty()) {
            runs.add(new Run(plain.toString(), Kind.WORDS, ""));
            plain.setLength(0);
        }
    }
}
