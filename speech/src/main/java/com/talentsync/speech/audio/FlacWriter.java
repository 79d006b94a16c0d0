package com.talentsync.speech.audio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import net.sourceforge.javaflacencoder.EncodingConfiguration;
import net.sourceforge.javaflacencoder.FLACEncoder;
import net.sourceforge.javaflacencoder.FLACFileOutputStream;
import net.sourceforge.javaflacencoder.StreamConfiguration;

/**
 * Saves a recording as FLAC (16 kHz, mono, 16-bit; lossless at about half the size of WAV) while
 * it is being made, with java-flac-encoder.
 *
 * <p>Audio goes to a {@code .part} file beside the target; {@link #close} finishes it and moves it
 * under the final name, so a crash never leaves a half-written file that looks complete. Not
 * thread-safe: one thread writes.
 */
public final class FlacWriter implements Closeable {

    private final Path target;
    private final Path partial;
    private final FLACFileOutputStream out;
    private final FLACEncoder encoder;
    private long samplesWritten;
    private boolean failed;
    private boolean closed;

    private FlacWriter(Path target, Path partial, FLACFileOutputStream out, FLACEncoder encoder) {
        this.target = target;
        this.partial = partial;
        this.out = out;
        this.encoder = encoder;
    }

    /** Starts a FLAC file that will appear as {@code file} once closed. */
    public static FlacWriter create(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        StreamConfiguration stream = new StreamConfiguration();
        stream.setSampleRate(PcmStream.SAMPLE_RATE);
        stream.setChannelCount(1);
        stream.setBitsPerSample(16);
        FLACEncoder encoder = new FLACEncoder();
        encoder.setStreamConfiguration(stream);
        encoder.setEncodingConfiguration(new EncodingConfiguration());
        FLACFileOutputStream out = new FLACFileOutputStream(partial.toFile());
        if (!out.isValid()) {
            throw new IOException("cannot write " + partial);
        }
        encoder.setOutputStream(out);
        try {
            encoder.openFLACStream();
        } catch (IOException e) {
            out.close();
            Files.deleteIfExists(partial);
            throw e;
        }
        return new FlacWriter(target, partial, out, encoder);
    }

    /** Appends 16 kHz mono signed 16-bit little-endian samples; {@code length} must be even. */
    public void write(byte[] pcm16le, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("recording already closed: " + target.getFileName());
        }
        if (length % 2 != 0) {
            throw new IllegalArgumentException("16-bit samples come in byte pairs, got " + length + " bytes");
        }
        int count = length / 2;
        if (count == 0) {
            return;
        }
        // A fresh array each time: the encoder may keep it until the block is encoded.
        int[] samples = new int[count];
        for (int i = 0; i < count; i++) {
            int at = offset + 2 * i;
            samples[i] = (short) ((pcm16le[at] & 0xFF) | (pcm16le[at + 1] << 8));
        }
        try {
            encoder.addSamples(samples, count);
            encoder.encodeSamples(encoder.fullBlockSamplesAvailableToEncode(), false);
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
        samplesWritten += count;
    }

    /** Length of what was written so far. */
    public double durationSec() {
        return samplesWritten / (double) PcmStream.SAMPLE_RATE;
    }

    /** The file this writer produces on {@link #close}. */
    public Path file() {
        return target;
    }

    /**
     * Encodes what is left, completes the header (length, checksum) and moves the file into
     * place. After a failed write the partial file is deleted instead.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!failed) {
                encoder.encodeSamples(encoder.samplesAvailableToEncode(), true);
            }
        } finally {
            out.close();
        }
        if (failed) {
            Files.deleteIfExists(partial);
            return;
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
