package com.talentsync.speech;

import com.talentsync.speech.audio.PcmStream;
import java.util.Arrays;

/**
 * The loudness of every 20 ms of audio fed to the recogniser, kept so the gaps between its words
 * can be examined afterwards. An hour is 180,000 frames, under a megabyte.
 */
final class FrameLevels {

    static final int FRAME_SAMPLES = PcmStream.SAMPLE_RATE / 50;
    static final double FRAME_SEC = FRAME_SAMPLES / (double) PcmStream.SAMPLE_RATE;
    private static final float SILENCE_DB = -120;

    private float[] levels = new float[1024];
    private int count;
    private double sumSquares;
    private int samplesInFrame;

    /** Takes 16 kHz mono 16-bit little-endian samples. */
    void accept(byte[] pcm, int length) {
        for (int i = 0; i + 1 < length; i += 2) {
            double sample = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8)) / 32768.0;
            sumSquares += sample * sample;
            if (++samplesInFrame == FRAME_SAMPLES) {
                add(sumSquares / FRAME_SAMPLES);
                sumSquares = 0;
                samplesInFrame = 0;
            }
        }
    }

    private void add(double meanSquare) {
        if (count == levels.length) {
            levels = Arrays.copyOf(levels, count * 2);
        }
        levels[count++] = meanSquare <= 1e-12 ? SILENCE_DB : (float) (10 * Math.log10(meanSquare));
    }

    int size() {
        return count;
    }

    /** RMS level of frame {@code index} in dBFS. */
    float level(int index) {
        return levels[index];
    }
}
