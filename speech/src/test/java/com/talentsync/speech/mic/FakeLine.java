package com.talentsync.speech.mic;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Control;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * A capture line in memory: it "records" {@code audio} as fast as it is read (or stalls after
 * {@code stallAfter} bytes, like an unplugged device), and can refuse to open (busy).
 */
public final class FakeLine implements TargetDataLine {

    private final byte[] audio;
    private final int stallAfter;
    private final boolean busy;
    private AudioFormat format;
    private int position;
    volatile boolean open;
    volatile boolean running;
    final AtomicInteger closes = new AtomicInteger();

    FakeLine(byte[] audio, int stallAfter, boolean busy) {
        this.audio = audio;
        this.stallAfter = stallAfter;
        this.busy = busy;
    }

    public static FakeLine playing(byte[] audio) {
        return new FakeLine(audio, Integer.MAX_VALUE, false);
    }

    @Override
    public void open(AudioFormat format, int bufferSize) throws LineUnavailableException {
        if (busy) {
            throw new LineUnavailableException("Device or resource busy");
        }
        this.format = format;
        open = true;
    }

    @Override
    public void open(AudioFormat format) throws LineUnavailableException {
        open(format, 0);
    }

    @Override
    public void open() throws LineUnavailableException {
        open(format, 0);
    }

    @Override
    public synchronized int available() {
        if (!open) {
            return 0;
        }
        return Math.max(0, Math.min(audio.length, stallAfter) - position);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        int n = Math.min(len, available());
        System.arraycopy(audio, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void close() {
        open = false;
        running = false;
        closes.incrementAndGet();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isActive() {
        return running;
    }

    @Override
    public AudioFormat getFormat() {
        return format;
    }

    @Override
    public void drain() {}

    @Override
    public void flush() {}

    @Override
    public int getBufferSize() {
        return 32_000;
    }

    @Override
    public int getFramePosition() {
        return 0;
    }

    @Override
    public long getLongFramePosition() {
        return 0;
    }

    @Override
    public long getMicrosecondPosition() {
        return 0;
    }

    @Override
    public float getLevel() {
        return AudioSystemConstants.NOT_SPECIFIED;
    }

    @Override
    public Line.Info getLineInfo() {
        return new Line.Info(TargetDataLine.class);
    }

    @Override
    public Control[] getControls() {
        return new Control[0];
    }

    @Override
    public boolean isControlSupported(Control.Type control) {
        return false;
    }

    @Override
    public Control getControl(Control.Type control) {
        throw new IllegalArgumentException("no controls");
    }

    @Override
    public void addLineListener(LineListener listener) {}

    @Override
    public void removeLineListener(LineListener listener) {}

    private static final class AudioSystemConstants {
        static final float NOT_SPECIFIED = -1;
    }
}
