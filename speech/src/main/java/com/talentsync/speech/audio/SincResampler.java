package com.talentsync.speech.audio;

/**
 * Streaming sample-rate converter for one channel: band-limited interpolation with a
 * Kaiser-windowed sinc whose cutoff follows the lower of the two rates, so downsampling filters
 * out what the target rate cannot hold instead of folding it back as aliases.
 *
 * <p>Written here because the JDK's own converter (AudioFloatFormatConverter) changes the rate
 * without any low-pass: a 12 kHz tone in a 48 kHz file comes out of it as a full-level 4 kHz
 * tone at 16 kHz, which Vosk would hear as noise. No resampling library is among our
 * dependencies.
 *
 * <p>Push input with {@link #push}, take output with {@link #pull}, call {@link #finish} at the
 * end of the input. Memory stays bounded by the filter length plus one pushed chunk.
 */
final class SincResampler {

    /** Zero crossings of the sinc on each side: longer means a sharper cutoff and more work. */
    private static final int ZERO_CROSSINGS = 16;
    /** Table resolution per zero crossing; values in between are interpolated linearly. */
    private static final int TABLE_STEPS = 512;
    /** Kaiser window shape: about 80 dB stop-band attenuation. */
    private static final double KAISER_BETA = 8.0;
    /** Cutoff as a fraction of the lower Nyquist frequency, leaving room for the transition band. */
    private static final double CUTOFF = 0.92;

    private static final float[] WINDOWED_SINC = windowedSincTable();

    /** Input samples advanced per output sample. */
    private final double step;
    /** How much the sinc is stretched: 1 when upsampling, below 1 when downsampling. */
    private final double scale;
    /** Reach of the filter on each side, in input samples. */
    private final double halfWidth;

    private float[] buffer = new float[8192];
    /** Absolute index of the input sample in {@code buffer[0]}. */
    private long bufferStart;
    private int bufferLength;
    private long inputCount;
    private long outputIndex;
    private boolean finished;

    SincResampler(double inputRate, double outputRate) {
        if (!(inputRate > 0 && outputRate > 0)) {
            throw new IllegalArgumentException("rates must be positive: " + inputRate + " -> " + outputRate);
        }
        this.step = inputRate / outputRate;
        this.scale = Math.min(1.0, outputRate / inputRate) * CUTOFF;
        this.halfWidth = ZERO_CROSSINGS / scale;
    }

    /** How many output samples a whole input of {@code inputSamples} becomes. */
    static long outputLength(long inputSamples, double inputRate, double outputRate) {
        return (long) Math.ceil(inputSamples * outputRate / inputRate - 1e-9);
    }

    void push(float[] samples, int offset, int length) {
        if (finished) {
            throw new IllegalStateException("input already finished");
        }
        discardUnneeded();
        if (bufferLength + length > buffer.length) {
            float[] bigger = new float[Math.max(buffer.length * 2, bufferLength + length)];
            System.arraycopy(buffer, 0, bigger, 0, bufferLength);
            buffer = bigger;
        }
        System.arraycopy(samples, offset, buffer, bufferLength, length);
        bufferLength += length;
        inputCount += length;
    }

    /** No more input: the remaining output is computed as if silence followed. */
    void finish() {
        finished = true;
    }

    /** Writes up to {@code max} output samples; returns how many, 0 when more input is needed. */
    int pull(float[] out, int offset, int max) {
        long total = finished ? outputLength(inputCount, 1, 1 / step) : Long.MAX_VALUE;
        int written = 0;
        while (written < max && outputIndex < total) {
            double t = outputIndex * step;
            if (!finished && t + halfWidth >= inputCount) {
                break;
            }
            out[offset + written++] = (float) interpolate(t);
            outputIndex++;
        }
        return written;
    }

    /** True once {@link #finish} was called and every output sample was pulled. */
    boolean isDrained() {
        return finished && outputIndex >= outputLength(inputCount, 1, 1 / step);
    }

    private double interpolate(double t) {
        long first = Math.max((long) Math.ceil(t - halfWidth), bufferStart);
        long last = Math.min((long) Math.floor(t + halfWidth), inputCount - 1);
        double sum = 0;
        for (long i = first; i <= last; i++) {
            sum += buffer[(int) (i - bufferStart)] * kernel(t - i);
        }
        return sum * scale;
    }

    private double kernel(double distance) {
        double position = Math.abs(distance) * scale * TABLE_STEPS;
        int index = (int) position;
        if (index >= WINDOWED_SINC.length - 1) {
            return 0;
        }
        double fraction = position - index;
        return WINDOWED_SINC[index] + fraction * (WINDOWED_SINC[index + 1] - WINDOWED_SINC[index]);
    }

    /** Drops input that no future output sample can reach, so the buffer never grows with the file. */
    private void discardUnneeded() {
        long oldestNeeded = (long) Math.floor(outputIndex * step - halfWidth) - 1;
        int drop = (int) Math.clamp(oldestNeeded - bufferStart, 0, bufferLength);
        if (drop > 0) {
            System.arraycopy(buffer, drop, buffer, 0, bufferLength - drop);
            bufferLength -= drop;
            bufferStart += drop;
        }
    }

    private static float[] windowedSincTable() {
        int size = ZERO_CROSSINGS * TABLE_STEPS + 1;
        float[] table = new float[size];
        double norm = besselI0(KAISER_BETA);
        for (int k = 0; k < size; k++) {
            double x = (double) k / TABLE_STEPS;
            double sinc = k == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            double ratio = x / ZERO_CROSSINGS;
            double window = besselI0(KAISER_BETA * Math.sqrt(Math.max(0, 1 - ratio * ratio))) / norm;
            table[k] = (float) (sinc * window);
        }
        return table;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series. */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double halfX = x / 2;
        for (int k = 1; k < 50; k++) {
            term *= (halfX / k) * (halfX / k);
            sum += term;
            if (term < sum * 1e-12) {
                break;
            }
        }
        return sum;
    }
}
