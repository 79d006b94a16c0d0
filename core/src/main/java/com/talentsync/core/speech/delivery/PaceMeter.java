package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.delivery.DeliveryReport.PaceWindow;
import com.talentsync.core.speech.delivery.DeliveryReport.Pause;
import com.talentsync.core.speech.delivery.DeliveryReport.SoundHesitation;
import java.util.ArrayList;
import java.util.List;

/**
 * Pace and pauses from word timings. Talk time runs from the first word's start to the last
 * word's end, so silence before the first word and after the last is neither talk nor pause.
 */
final class PaceMeter {

    /** Seconds of audio per point of the pace-over-time chart. */
    static final double WINDOW_SEC = 10;
    /**
     * A last window shorter than this joins the one before it: one word in a 0.2 s stub would
     * chart as hundreds of words per minute.
     */
    static final double MIN_LAST_WINDOW_SEC = 1;

    private PaceMeter() {}

    static double talkTimeSec(List<TimedWord> words) {
        if (words.isEmpty()) {
            return 0;
        }
        double lastEnd = words.stream().mapToDouble(TimedWord::end).max().orElse(0);
        return Math.max(0, lastEnd - words.getFirst().start());
    }

    /**
     * Silences of {@link DeliveryAnalyzer#PAUSE_SEC} or more between consecutive words. A gap
     * that holds a hesitation sound is not one silence: only its silent stretches before and
     * after the sound can be pauses, since an "umm" fills the time it takes.
     */
    static List<Pause> pauses(List<TimedWord> words, List<SoundHesitation> sounds) {
        List<Pause> pauses = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            double cursor = words.get(i).end();
            double end = words.get(i + 1).start();
            for (SoundHesitation sound : sounds) {
                if (sound.afterWord() == i) {
                    addIfPause(pauses, cursor, Math.min(sound.startSec(), end), i);
                    cursor = Math.max(cursor, sound.endSec());
                }
            }
            addIfPause(pauses, cursor, end, i);
        }
        return pauses;
    }

    private static void addIfPause(List<Pause> pauses, double start, double end, int afterWord) {
        double gap = end - start;
        if (gap >= DeliveryAnalyzer.PAUSE_SEC - SpokenWords.EPS) {
            pauses.add(new Pause(start, end, afterWord, gap > DeliveryAnalyzer.LONG_PAUSE_SEC + SpokenWords.EPS));
        }
    }

    /** {@code words} per minute of {@code seconds}; 0 when there is no time to divide by. */
    static double perMinute(int words, double seconds) {
        return seconds > SpokenWords.EPS ? words / seconds * 60 : 0;
    }

    /**
     * Ten-second windows over the whole audio (or up to the last word, if the audio's stated
     * length is shorter), each word counted in the window holding its midpoint.
     */
    static List<PaceWindow> windows(List<TimedWord> words, double durationSec) {
        double lastEnd = words.stream().mapToDouble(TimedWord::end).max().orElse(0);
        double span = Math.max(durationSec, lastEnd);
        if (span <= SpokenWords.EPS) {
            return List.of();
        }
        int count = Math.max(1, (int) Math.ceil(span / WINDOW_SEC - SpokenWords.EPS));
        if (count > 1 && span - (count - 1) * WINDOW_SEC < MIN_LAST_WINDOW_SEC) {
            count--;
        }
        int[] perWindow = new int[count];
        for (TimedWord word : words) {
            double middle = (word.start() + word.end()) / 2;
            perWindow[Math.min(count - 1, (int) Math.floor(middle / WINDOW_SEC))]++;
        }
        List<PaceWindow> windows = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            double start = k * WINDOW_SEC;
            double end = k == count - 1 ? span : start + WINDOW_SEC;
            windows.add(new PaceWindow(start, end, perWindow[k], perMinute(perWindow[k], end - start)));
        }
        return windows;
    }
}
