package com.talentsync.speech.mic;

import com.talentsync.speech.audio.AudioFiles;
import com.talentsync.speech.audio.PcmStream;
import com.talentsync.speech.audio.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.TargetDataLine;

/**
 * The microphone as a {@link PcmStream} of 16 kHz mono 16-bit PCM. {@link #read} blocks until
 * audio arrives; after {@link #stop()} it hands out what was already captured and then returns
 * -1. A device that stops delivering (unplugged) ends the read with a
 * {@link MicrophoneLostException} instead of blocking for ever. One thread reads; any thread may
 * stop or close.
 */
public final class MicrophoneStream implements PcmStream {

    private static final long POLL_MILLIS = 10;

    private final TargetDataLine line;
    private final AudioFormat captured;
    /** The line as it is when it captures 16 kHz mono 16-bit, else null. */
    private final InputStream direct;
    /** The line converted to 16 kHz mono 16-bit, else null. */
    private final PcmStream converted;
    private final long lostAfterNanos;
    private volatile boolean stopping;
    private volatile boolean closed;
    private volatile long bytesDelivered;

    MicrophoneStream(TargetDataLine line, AudioFormat captured, Duration lostAfter) {
        this.line = line;
        this.captured = captured;
        this.lostAfterNanos = lostAfter.toNanos();
        InputStream raw = new LineInput();
        boolean asWanted = captured.matches(Microphone.TARGET);
        this.direct = asWanted ? raw : null;
        this.converted = asWanted ? null : AudioFiles.convert("Microphone",
                new AudioInputStream(raw, captured, AudioSystem.NOT_SPECIFIED));
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (closed) {
            return -1;
        }
        int whole = length - length % BYTES_PER_SAMPLE;
        if (whole == 0) {
            return 0;
        }
        int n = direct != null ? direct.read(buffer, offset, whole) : converted.read(buffer, offset, whole);
        if (n > 0) {
            bytesDelivered += n;
        }
        return n;
    }

    /** Stops capturing; reads then drain what was captured and end. Safe to call more than once. */
    public void stop() {
        stopping = true;
        line.stop();
    }

    /** Seconds of 16 kHz audio handed out by {@link #read} so far. */
    public double deliveredSec() {
        return bytesDelivered / (double) (SAMPLE_RATE * BYTES_PER_SAMPLE);
    }

    /** The format the device actually captures in, before conversion. */
    public AudioFormat capturedFormat() {
        return captured;
    }

    @Override
    public SourceInfo source() {
        return new SourceInfo("Microphone", captured.getEncoding().toString(), captured.getSampleRate(),
                captured.getChannels(), captured.getSampleSizeInBits(), -1);
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    /** Releases the device. Safe to call more than once, from any thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        line.stop();
        line.flush();
        line.close();
    }

    /**
     * The raw line as a stream. It reads only what {@code available()} reports, so it never sits
     * inside a native read that a vanished device might never return from.
     */
    private final class LineInput extends InputStream {

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int frame = captured.getFrameSize();
            int wanted = length - length % frame;
            if (wanted == 0) {
                return 0;
            }
            long idleSince = System.nanoTime();
            while (true) {
                if (closed) {
                    return -1;
                }
                boolean draining = stopping;
                int available;
                try {
                    available = line.isOpen() ? line.available() : -1;
                } catch (RuntimeException e) {
                    throw new MicrophoneLostException(e);
                }
                if (available < 0 && !draining) {
                    throw new MicrophoneLostException(null);
                }
                int take = Math.min(wanted, Math.max(0, available) - Math.max(0, available) % frame);
                if (take > 0) {
                    int n = line.read(buffer, offset, take);
                    if (n > 0) {
                        return n;
                    }
                }
                if (draining) {
                    return -1;
                }
                if (System.nanoTime() - idleSince > lostAfterNanos) {
                    throw new MicrophoneLostException(null);
                }
                pause();
            }
        }

        private void pause() throws InterruptedIOException {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("microphone read interrupted");
            }
        }
    }
}
