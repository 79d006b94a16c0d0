package com.talentsync.speech.audio;

import java.util.ArrayDeque;

/**
 * Input level of a live 16 kHz mono 16-bit stream, chunk by chunk, with a warning judged over the
 * last 1.5 seconds so one quiet breath or one loud plosive does not flash a warning.
 *
 * <ul>
 *   <li>TOO_QUIET: for the whole window no 50 ms block rose above -40 dBFS RMS. Normal speech
 *       into a working microphone sits around -30 to -12 dBFS; Vosk gets unreliable below -40.
 *   <li>CLIPPING: samples at full scale in at least 3 separate 50 ms blocks of the window, i.e.
 *       the input gain is too high, not a single click.
 * </ul>
 *
 * One meter per stream; not thread-safe (the audio thread calls it).
 */
public final class LevelMeter {

    static final double QUIET_RMS_DBFS = -40;
    /** |sample| at or above this counts as clipped: within 0.1 dB of full scale. */
    static final int CLIP_LEVEL = 32_400;
    static final int CLIPPED_BLOCKS_TO_WARN = 3;
    private static final int BLOCK_SAMPLES = PcmStream.SAMPLE_RATE / 20;
    private static final int WINDOW_BLOCKS = 30;

    /** One finished 50 ms block: its loudness and whether it clipped. */
    private record Block(double rmsDbfs, boolean clipped) {}

    private final ArrayDeque<Block> window = new ArrayDeque<>();
    private double blockSumSquares;
    private int blockSamples;
    private boolean blockClipped;

    /**
     * Measures one chunk of 16-bit little-endian samples and returns its level with the warning
     * for the last 1.5 s (NONE until that much audio has been seen, unless it clips).
     */
    public AudioLevel update(byte[] pcm16le, int offset, int length) {
        int count = length / 2;
        double sumSquares = 0;
        int peak = 0;
        for (int i = 0; i < count; i++) {
            int at = offset + 2 * i;
            int sample = (short) ((pcm16le[at] & 0xFF) | (pcm16le[at + 1] << 8));
            int magnitude = Math.abs(sample);
            peak = Math.max(peak, magnitude);
            double square = (double) sample * sample;
            sumSquares += square;
            addToBlock(square, magnitude >= CLIP_LEVEL);
        }
        double rms = count == 0 ? 0 : Math.sqrt(sumSquares / count) / 32768.0;
        return new AudioLevel(AudioFiles.dbfs(rms), AudioFiles.dbfs(peak / 32768.0), warning());
    }

    private void addToBlock(double square, boolean clipped) {
        blockSumSquares += square;
        blockClipped |= clipped;
        if (++blockSamples == BLOCK_SAMPLES) {
            double rms = Math.sqrt(blockSumSquares / BLOCK_SAMPLES) / 32768.0;
            window.addLast(new Block(AudioFiles.dbfs(rms), blockClipped));
            if (window.size() > WINDOW_BLOCKS) {
                window.removeFirst();
            }
            blockSumSquares = 0;
            blockSamples = 0;
            blockClipped = false;
        }
    }

    private AudioLevel.Warning warning() {
        long clippedBlocks = window.stream().filter(Block::clipped).count() + (blockClipped ? 1 : 0);
        if (clippedBlocks >= CLIPPED_BLOCKS_TO_WARN) {
            return AudioLevel.Warning.CLIPPING;
        }
        boolean full = window.size() == WINDOW_BLOCKS;
        if (full && window.stream().allMatch(block -> block.rmsDbfs() < QUIET_RMS_DBFS)) {
            return AudioLevel.Warning.TOO_QUIET;
        }
        return AudioLevel.Warning.NONE;
    }
}
