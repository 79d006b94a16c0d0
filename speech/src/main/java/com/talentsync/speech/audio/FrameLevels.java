package com.talentsync.speech.audio;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The loudness of every 20 ms of a stream of 16 kHz mono 16-bit audio, kept so it can be
 * examined afterwards (where speech starts and ends, what sounds between recognised words). An
 * hour is 180,000 frames, under a megabyte.
 */
public final class FrameLevels {

    /** 20 ms frames, the usual grain of speech activity detection. */
    public static final int FRAME_SAMPLES = PcmStream.SAMPLE_RATE / 50;
    public static final double FRAME_SEC = FRAME_SAMPLES / (double) PcmStream.SAMPLE_RATE;

    private float[] levels = new float[1024];
    private int count;
    private double sumSquares;
    private int samplesInFrame;

    /** The levels of everything left in {@code pcm}, read to its end (it is not closed). */
    public static FrameLevels of(PcmStream pcm) throws IOException {
        FrameLevels levels = new FrameLevels();
        byte[] buffer = new byte[FRAME_SAMPLES * PcmStream.BYTES_PER_SAMPLE * 10];
        for (int n = pcm.read(buffer, 0, buffer.length); n >= 0; n = pcm.read(buffer, 0, buffer.length)) {
            levels.accept(buffer, n);
        }
        levels.finish();
        return levels;
    }

    /** {@code pcm} as it is, measuring everything read through it into these levels. */
    public PcmStream tap(PcmStream pcm) {
        return new PcmStream() {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = pcm.read(buffer, offset, length);
                if (n > 0) {
                    accept(buffer, offset, n);
                }
                return n;
            }

            @Override
            public SourceInfo source() {
                return pcm.source();
            }

            @Override
            public List<String> warnings() {
                return pcm.warnings();
            }

            @Override
            public void close() throws IOException {
                pcm.close();
            }
        };
    }

    /** Takes 16 kHz mono 16-bit little-endian samples. */
    public void accept(byte[] pcm, int length) {
        accept(pcm, 0, length);
    }

    private void accept(byte[] pcm, int offset, int length) {
        for (int i = offset; i + 1 < offset + length; i += 2) {
            double sample = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8)) / 32768.0;
            sumSquares += sample * sample;
            if (++samplesInFrame == FRAME_SAMPLES) {
                add(sumSquares / FRAME_SAMPLES);
            }
        }
    }

    /** Counts a last, partial frame too (for a whole recording; a live one keeps whole frames). */
    void finish() {
        if (samplesInFrame > 0) {
            add(sumSquares / samplesInFrame);
        }
    }

    private void add(double meanSquare) {
        if (count == levels.length) {
            levels = Arrays.copyOf(levels, count * 2);
        }
        levels[count++] = (float) AudioFiles.dbfs(Math.sqrt(meanSquare));
        sumSquares = 0;
        samplesInFrame = 0;
    }

    public int size() {
        return count;
    }

    /** RMS level of frame {@code index} in dBFS (-120 for digital silence). */
    public float level(int index) {
        return levels[index];
    }
}
