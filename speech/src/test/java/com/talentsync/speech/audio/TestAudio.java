package com.talentsync.speech.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Generates test audio in memory and writes it with Java Sound, and measures what comes back. */
final class TestAudio {

    private TestAudio() {}

    /** A sine of {@code amplitude} (1.0 = full scale) in every channel, encoded as {@code format}. */
    static byte[] tone(AudioFormat format, double hz, double amplitude, double seconds) {
        int frames = (int) Math.round(format.getSampleRate() * seconds);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            double v = amplitude * Math.sin(2 * Math.PI * hz * i / format.getSampleRate());
            for (int c = 0; c < format.getChannels(); c++) {
                encode(out, format, v);
            }
        }
        return out.toByteArray();
    }

    /** Writes raw frames in {@code format} as a file of {@code type}. */
    static Path write(Path file, AudioFormat format, byte[] frames, AudioFileFormat.Type type) throws IOException {
        long frameCount = frames.length / format.getFrameSize();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(frames), format, frameCount)) {
            AudioSystem.write(in, type, file.toFile());
        }
        return file;
    }

    static Path writeTone(Path file, AudioFormat format, double hz, double amplitude, double seconds,
            AudioFileFormat.Type type) throws IOException {
        return write(file, format, tone(format, hz, amplitude, seconds), type);
    }

    static AudioFormat pcm(float rate, int bits, int channels, boolean signed, boolean bigEndian) {
        return new AudioFormat(rate, bits, channels, signed, bigEndian);
    }

    static AudioFormat floats(float rate, int channels) {
        return new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, rate, 32, channels, channels * 4, rate, false);
    }

    /** Reads a whole stream (small test files only) as 16-bit samples. */
    static short[] readAll(PcmStream stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[3000];
        int n;
        while ((n = stream.read(chunk, 0, chunk.length)) >= 0) {
            out.write(chunk, 0, n);
        }
        ByteBuffer bytes = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[bytes.remaining() / 2];
        bytes.asShortBuffer().get(samples);
        return samples;
    }

    /** Frequency from zero crossings, skipping the first and last 0.1 s (filter edges, codec delay). */
    static double frequency(short[] samples, int rate) {
        int from = rate / 10;
        int to = samples.length - rate / 10;
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / ((to - from - 1) / (double) rate);
    }

    /** RMS of the middle of the signal, 1.0 = full scale. */
    static double rms(short[] samples) {
        int from = samples.length / 10;
        int to = samples.length - samples.length / 10;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * (double) samples[i];
        }
        return Math.sqrt(sum / (to - from)) / 32768.0;
    }

    static int peak(short[] samples) {
        int peak = 0;
        for (short s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    /** 16 kHz mono 16-bit little-endian bytes of a tone, as a microphone would give. */
    static byte[] pcm16(double hz, double amplitude, int samples) {
        ByteBuffer out = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            double v = amplitude * Math.sin(2 * Math.PI * hz * i / 16_000);
            out.putShort((short) Math.clamp(Math.round(v * 32767), Short.MIN_VALUE, Short.MAX_VALUE));
        }
        return out.array();
    }

    private static void encode(ByteArrayOutputStream out, AudioFormat format, double v) {
        int bytes = format.getSampleSizeInBits() / 8;
        boolean big = format.isBigEndian();
        if (format.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT)) {
            int bits = Float.floatToIntBits((float) v);
            writeInt(out, bits, 4, big);
            return;
        }
        long max = (1L << (format.getSampleSizeInBits() - 1)) - 1;
        long value = Math.round(v * max);
        if (format.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED)) {
            value += max + 1;
        }
        writeInt(out, value, bytes, big);
    }

    private static void writeInt(ByteArrayOutputStream out, long value, int bytes, boolean bigEndian) {
        for (int i = 0; i < bytes; i++) {
            int shift = 8 * (bigEndian ? bytes - 1 - i : i);
            out.write((int) (value >> shift) & 0xFF);
        }
    }
}
