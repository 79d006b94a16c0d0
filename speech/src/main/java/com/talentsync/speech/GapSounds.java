package com.talentsync.speech;

import com.talentsync.core.speech.SoundSpan;
import com.talentsync.core.speech.TimedWord;
import com.talentsync.speech.audio.FrameLevels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds speech-like sound in the gaps between recognised words: the "umm"s and "err"s the small
 * Vosk model drops. A filled pause is voiced and about as loud as the words around it, while a
 * breath or room noise is much quieter; so a gap stretch counts when it stays within
 * {@link #BELOW_SPEECH_DB} of the speaker's typical word level for {@link #MIN_SOUND_SEC}.
 * Recordings too noisy to tell sound from speech this way (speech less than
 * {@link #MIN_CONTRAST_DB} above the noise floor) give nothing.
 */
final class GapSounds {

    /** Sound this far below the median level of the words still counts as voice. */
    static final double BELOW_SPEECH_DB = 12;
    /** Speech must stand this far above the quietest tenth of the recording. */
    static final double MIN_CONTRAST_DB = 20;
    /** Word edges from the recogniser are a frame or two off: this much of each gap edge is skipped. */
    static final double EDGE_SEC = 0.06;
    /** Gaps shorter than this are left alone: they hold the tails of the words around them. */
    static final double MIN_GAP_SEC = 0.3;
    /** A filled pause lasts at least this long. */
    static final double MIN_SOUND_SEC = 0.2;

    private GapSounds() {}

    static List<SoundSpan> find(FrameLevels levels, List<TimedWord> words) {
        if (words.size() < 2 || levels.size() == 0) {
            return List.of();
        }
        double speech = median(wordFrames(levels, words));
        double noiseFloor = percentile(allFrames(levels), 0.10);
        if (speech - noiseFloor < MIN_CONTRAST_DB) {
            return List.of();
        }
        double threshold = speech - BELOW_SPEECH_DB;
        List<SoundSpan> sounds = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            double from = words.get(i).end();
            double to = words.get(i + 1).start();
            if (to - from >= MIN_GAP_SEC) {
                findInGap(levels, from + EDGE_SEC, to - EDGE_SEC, threshold, sounds);
            }
        }
        return sounds;
    }

    private static void findInGap(FrameLevels levels, double from, double to, double threshold,
            List<SoundSpan> sounds) {
        int first = (int) Math.ceil(from / FrameLevels.FRAME_SEC);
        int last = Math.min(levels.size(), (int) Math.floor(to / FrameLevels.FRAME_SEC));
        int runStart = -1;
        int quiet = 0;
        for (int frame = first; frame <= last; frame++) {
            boolean loud = frame < last && levels.level(frame) >= threshold;
            if (loud) {
                if (runStart < 0) {
                    runStart = frame;
                }
                quiet = 0;
            } else if (runStart >= 0 && (++quiet > 1 || frame == last)) {
                // one quiet frame inside a sound is a dip, two end it
                int runEnd = frame - quiet + 1;
                if ((runEnd - runStart) * FrameLevels.FRAME_SEC >= MIN_SOUND_SEC) {
                    sounds.add(new SoundSpan(runStart * FrameLevels.FRAME_SEC, runEnd * FrameLevels.FRAME_SEC));
                }
                runStart = -1;
                quiet = 0;
            }
        }
    }

    private static float[] wordFrames(FrameLevels levels, List<TimedWord> words) {
        List<Float> inside = new ArrayList<>();
        for (TimedWord word : words) {
            int first = (int) Math.ceil(word.start() / FrameLevels.FRAME_SEC);
            int last = Math.min(levels.size(), (int) Math.floor(word.end() / FrameLevels.FRAME_SEC));
            for (int frame = first; frame < last; frame++) {
                inside.add(levels.level(frame));
            }
        }
        float[] values = new float[inside.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = inside.get(i);
        }
        return values;
    }

    private static float[] allFrames(FrameLevels levels) {
        float[] values = new float[levels.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = levels.level(i);
        }
        return values;
    }

    private static double median(float[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(float[] values, double share) {
        if (values.length == 0) {
            return -120;
        }
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
    }
}
