package com.talentsync.speech.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Turns a decoded PCM stream of any rate, channel count, bit depth, signedness, byte order or
 * float format into 16 kHz mono signed 16-bit little-endian, a chunk at a time.
 *
 * <p>Steps: the JDK converts the samples to 32-bit float at the source rate (it knows every PCM
 * layout); channels are averaged into one; an optional gain is applied; {@link SincResampler}
 * changes the rate; samples are rounded and clipped to 16 bits. It also keeps the peak and RMS
 * of what it produced (before clipping) for normalisation.
 */
final class ConvertingPcmStream implements PcmStream {

    private static final int INPUT_FRAMES_PER_READ = 4096;

    private final String name;
    private final AudioInputStream floats;
    private final boolean sixteenBit;
    private final boolean bigEndian;
    private final int channels;
    private final SincResampler resampler;
    private final double gain;
    private final long declaredFrames;
    private final boolean exactLength;
    private final float sourceRate;
    private final SourceInfo source;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private final byte[] inputBytes;
    private final float[] mono = new float[INPUT_FRAMES_PER_READ];
    private float[] converted = new float[0];
    private int convertedStart;
    private int convertedEnd;
    private long framesRead;
    private boolean inputEnded;

    private double peak;
    private double sumSquares;
    private long samplesOut;

    ConvertingPcmStream(String name, AudioInputStream pcm, SourceInfo source, long declaredFrames,
            boolean exactLength, double gain) {
        this.name = name;
        AudioFormat format = pcm.getFormat();
        this.channels = Math.max(1, format.getChannels());
        this.sourceRate = format.getSampleRate();
        AudioFormat floatFormat = new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, sourceRate, 32, channels,
                channels * 4, sourceRate, false);
        // 16-bit input, the common case, is read directly: the JDK's float conversion scales by
        // 1/32767, which cannot map every 16-bit value back to itself.
        this.sixteenBit = AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding())
                && format.getSampleSizeInBits() == 16;
        this.bigEndian = format.isBigEndian();
        this.floats = sixteenBit || format.matches(floatFormat) ? pcm : AudioSystem.getAudioInputStream(floatFormat, pcm);
        this.inputBytes = new byte[INPUT_FRAMES_PER_READ * channels * (sixteenBit ? 2 : 4)];
        this.resampler = Math.abs(sourceRate - SAMPLE_RATE) < 0.5 ? null : new SincResampler(sourceRate, SAMPLE_RATE);
        this.gain = gain;
        this.declaredFrames = declaredFrames;
        this.exactLength = exactLength;
        this.source = source;
        if (sourceRate < SAMPLE_RATE - 0.5) {
            warnings.add("recorded at " + kilohertz(sourceRate) + ": expect lower accuracy; 16 kHz or more works best");
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int wanted = length / BYTES_PER_SAMPLE;
        if (wanted == 0) {
            return 0;
        }
        while (convertedStart == convertedEnd) {
            if (!fill()) {
                return -1;
            }
        }
        int count = Math.min(wanted, convertedEnd - convertedStart);
        ByteBuffer out = ByteBuffer.wrap(buffer, offset, count * BYTES_PER_SAMPLE).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            out.putShort(toShort(converted[convertedStart + i]));
        }
        convertedStart += count;
        return count * BYTES_PER_SAMPLE;
    }

    @Override
    public SourceInfo source() {
        return source;
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        floats.close();
    }

    /**
     * Decodes the first batch now, so a file whose data cannot be decoded fails on opening.
     *
     * @return false when the file holds no audio at all
     */
    boolean prime() throws IOException {
        return convertedStart < convertedEnd || fill();
    }

    /** Largest absolute sample produced so far, 1.0 being full scale, before clipping. */
    double peak() {
        return peak;
    }

    /** RMS of everything produced so far, 1.0 being full scale. */
    double rms() {
        return samplesOut == 0 ? 0 : Math.sqrt(sumSquares / samplesOut);
    }

    long samplesProduced() {
        return samplesOut;
    }

    void addWarning(String warning) {
        warnings.add(warning);
    }

    /** Produces the next batch of converted samples; false at the end. */
    private boolean fill() throws IOException {
        convertedStart = 0;
        convertedEnd = 0;
        while (convertedEnd == 0) {
            if (resampler != null) {
                ensureCapacity(INPUT_FRAMES_PER_READ * 2);
                convertedEnd = resampler.pull(converted, 0, converted.length);
                if (convertedEnd > 0) {
                    break;
                }
                if (resampler.isDrained()) {
                    return false;
                }
            } else if (inputEnded) {
                return false;
            }
            int frames = inputEnded ? -1 : readMono();
            if (frames < 0) {
                inputEnded = true;
                if (resampler == null) {
                    return false;
                }
                resampler.finish();
            } else if (resampler != null) {
                resampler.push(mono, 0, frames);
            } else {
                ensureCapacity(frames);
                System.arraycopy(mono, 0, converted, 0, frames);
                convertedEnd = frames;
            }
        }
        measure();
        return true;
    }

    /** Reads source frames and averages their channels into {@link #mono}; -1 at the end. */
    private int readMono() throws IOException {
        int bytes;
        try {
            bytes = floats.readNBytes(inputBytes, 0, inputBytes.length);
        } catch (IOException | RuntimeException e) {
            if (framesRead == 0) {
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
            warnings.add(name + " stops decoding at " + seconds(framesRead / sourceRate)
                    + ": kept the audio before that point");
            return -1;
        }
        int frameSize = channels * (sixteenBit ? 2 : 4);
        int frames = bytes / frameSize;
        if (frames == 0) {
            warnIfTruncated();
            return -1;
        }
        ByteBuffer in = ByteBuffer.wrap(inputBytes, 0, frames * frameSize)
                .order(sixteenBit && bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += sixteenBit ? in.getShort() / 32768.0 : in.getFloat();
            }
            mono[f] = (float) (sum / channels * gain);
        }
        framesRead += frames;
        return frames;
    }

    private void warnIfTruncated() {
        // 0xFFFFFFFF-sized headers come from recorders that never went back to fill the size in.
        boolean plausible = declaredFrames > 0 && declaredFrames < 0xFFFF_FFF0L / (channels * 4L);
        // Compressed formats state their length loosely (MP3 estimates it from the bit rate).
        long tolerance = exactLength ? 0 : (long) (declaredFrames * 0.05 + sourceRate * 0.2);
        if (plausible && framesRead < declaredFrames - tolerance) {
            warnings.add(name + " is cut short: it ends at " + seconds(framesRead / sourceRate) + " of the "
                    + seconds(declaredFrames / sourceRate) + " its header promises; using what is there");
        }
    }

    private void measure() {
        for (int i = convertedStart; i < convertedEnd; i++) {
            double v = converted[i];
            double magnitude = Math.abs(v);
            if (magnitude > peak) {
                peak = magnitude;
            }
            sumSquares += v * v;
        }
        samplesOut += convertedEnd - convertedStart;
    }

    private void ensureCapacity(int size) {
        if (converted.length < size) {
            converted = new float[size];
        }
    }

    /** Back to 16 bits; 16-bit input that needs no resampling or gain comes out bit for bit. */
    private static short toShort(float sample) {
        long value = Math.round(sample * 32768.0);
        return (short) Math.clamp(value, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    static String kilohertz(float rate) {
        String text = String.format(Locale.ROOT, "%.3f", rate / 1000).replaceAll("\\.?0+$", "");
        return text + " kHz";
    }

    private static String seconds(double sec) {
        return String.format(Locale.ROOT, "%.1f s", sec);
    }
}
