package com.talentsync.speech.audio;

import java.io.IOException;

/**
 * Where the sound in a recording starts and ends, from its energy alone (no recogniser): the
 * independent "speaking time" against which a reported pace is checked. Leading and trailing
 * silence are left out; pauses inside are kept, as a listener hears them.
 *
 * @param startSec first sounding frame
 * @param endSec   end of the last sounding frame
 */
public record SpeechSpan(double startSec, double endSec) {

    /** A frame sounds when it is within this of the loudest frame... */
    static final double BELOW_LOUDEST_DB = 35;
    /** ...and above this absolute floor, so hiss in a silent file never counts. */
    static final double FLOOR_DBFS = -55;
    /** Sound must last this many frames (60 ms) to count, so a lone click does not. */
    static final int MIN_RUN_FRAMES = 3;

    public double durationSec() {
        return endSec - startSec;
    }

    /** Reads {@code pcm} to its end (it is not closed). An empty or silent stream gives 0-0. */
    public static SpeechSpan measure(PcmStream pcm) throws IOException {
        FrameLevels levels = FrameLevels.of(pcm);
        double loudest = -120;
        for (int i = 0; i < levels.size(); i++) {
            loudest = Math.max(loudest, levels.level(i));
        }
        double threshold = Math.max(loudest - BELOW_LOUDEST_DB, FLOOR_DBFS);
        int first = -1;
        int last = -1;
        int run = 0;
        for (int i = 0; i < levels.size(); i++) {
            run = levels.level(i) >= threshold ? run + 1 : 0;
            if (run >= MIN_RUN_FRAMES) {
                if (first < 0) {
                    first = i - MIN_RUN_FRAMES + 1;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new SpeechSpan(0, 0);
        }
        return new SpeechSpan(first * FrameLevels.FRAME_SEC, (last + 1) * FrameLevels.FRAME_SEC);
    }
}
