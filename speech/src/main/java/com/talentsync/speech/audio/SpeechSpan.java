package com.talentsync.speech.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the sound in a recording starts and ends, from its energy alone (no recogniser): the
 * independent "speaking time" against which a reported pace is checked. Leading and trailing
 * silence are left out; pauses inside are kept, as a listener hears them.
 *
 * @param startSec first sounding frame
 * @param endSec   end of the last sounding frame
 */
public record SpeechSpan(double startSec, double endSec) {

    /** 20 ms frames, the usual grain of speech activity detection. */
    static final int FRAME_SAMPLES = PcmStream.SAMPLE_RATE / 50;
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
        List<Double> levels = frameLevels(pcm);
        double loudest = levels.stream().mapToDouble(Double::doubleValue).max().orElse(-120);
        double threshold = Math.max(loudest - BELOW_LOUDEST_DB, FLOOR_DBFS);
        int first = -1;
        int last = -1;
        int run = 0;
        for (int i = 0; i < levels.size(); i++) {
            run = levels.get(i) >= threshold ? run + 1 : 0;
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
        double frameSec = FRAME_SAMPLES / (double) PcmStream.SAMPLE_RATE;
        return new SpeechSpan(first * frameSec, (last + 1) * frameSec);
    }

    private static List<Double> frameLevels(PcmStream pcm) throws IOException {
        byte[] frame = new byte[FRAME_SAMPLES * PcmStream.BYTES_PER_SAMPLE];
        List<Double> levels = new ArrayList<>();
        int filled = 0;
        for (int read = pcm.read(frame, filled, frame.length - filled); read >= 0;
                read = pcm.read(frame, filled, frame.length - filled)) {
            filled += read;
            if (filled == frame.length) {
                levels.add(rmsDbfs(frame, filled));
                filled = 0;
            }
        }
        if (filled >= PcmStream.BYTES_PER_SAMPLE) {
            levels.add(rmsDbfs(frame, filled));
        }
        return levels;
    }

    private static double rmsDbfs(byte[] pcm, int length) {
        double sum = 0;
        int samples = length / 2;
        for (int i = 0; i < samples; i++) {
            int sample = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            sum += (double) sample * sample;
        }
        return AudioFiles.dbfs(Math.sqrt(sum / Math.max(1, samples)) / 32768.0);
    }
}
