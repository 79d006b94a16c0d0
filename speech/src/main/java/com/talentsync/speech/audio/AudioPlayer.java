package com.talentsync.speech.audio;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a recording (any format {@link AudioFiles} reads) through the default sound output on a
 * daemon thread, as 16 kHz mono: enough for listening back to speech.
 */
public final class AudioPlayer {

    private static final Logger LOG = LoggerFactory.getLogger(AudioPlayer.class);
    static final AudioFormat FORMAT = new AudioFormat(PcmStream.SAMPLE_RATE, 16, 1, true, false);
    static final String NO_OUTPUT = "no sound output found: playback needs speakers or headphones";
    static final String OUTPUT_BUSY = "sound output is busy: another program is using it; close it and try again";
    /** 100 ms per write: position updates ten times a second, stop takes effect quickly. */
    private static final int CHUNK_BYTES = PcmStream.SAMPLE_RATE / 10 * PcmStream.BYTES_PER_SAMPLE;

    /** A playback in progress. */
    public interface Playback {
        /** Stops at once; {@link PlaybackListener#finished} still follows. Safe to call twice. */
        void stop();

        boolean isPlaying();
    }

    /** Called on the playback thread: hand UI work to the UI thread. */
    public interface PlaybackListener {
        /** Seconds played so far, about ten times a second. */
        default void position(double sec) {}

        /** Playback ended: at the end of the file, after {@link Playback#stop}, or on a read error. */
        default void finished() {}
    }

    /** Opens an output line; tests replace it to run without a sound card. */
    interface LineOpener {
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    private final LineOpener lines;

    AudioPlayer(LineOpener lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    /**
     * Starts playing {@code file}. Throws for a file {@link AudioFiles#open} refuses, and
     * UNAVAILABLE when there is no sound output or another program holds it.
     */
    public static Playback play(Path file, PlaybackListener listener) throws InputException {
        return new AudioPlayer(AudioPlayer::systemLine).start(file, listener);
    }

    Playback start(Path file, PlaybackListener listener) throws InputException {
        Objects.requireNonNull(listener, "listener");
        PcmStream pcm = AudioFiles.open(file);
        SourceDataLine line;
        try {
            line = lines.open(FORMAT);
        } catch (LineUnavailableException e) {
            closeQuietly(pcm);
            throw new InputException(Kind.UNAVAILABLE, OUTPUT_BUSY, e);
        } catch (IllegalArgumentException | SecurityException e) {
            // Java Sound's way of saying no mixer offers an output line at all.
            closeQuietly(pcm);
            throw new InputException(Kind.UNAVAILABLE, NO_OUTPUT, e);
        }
        Player player = new Player(pcm, line, listener);
        Thread thread = new Thread(player, "audio-playback");
        thread.setDaemon(true);
        thread.start();
        return player;
    }

    private static SourceDataLine systemLine(AudioFormat format) throws LineUnavailableException {
        SourceDataLine line = AudioSystem.getSourceDataLine(format);
        line.open(format, CHUNK_BYTES * 4);
        return line;
    }

    private static void closeQuietly(PcmStream pcm) {
        try {
            pcm.close();
        } catch (IOException e) {
            LOG.debug("closing audio after a failed start", e);
        }
    }

    /** The playback thread's work and its handle. */
    private static final class Player implements Runnable, Playback {
        private final PcmStream pcm;
        private final SourceDataLine line;
        private final PlaybackListener listener;
        private volatile boolean playing = true;
        private volatile boolean stopped;

        Player(PcmStream pcm, SourceDataLine line, PlaybackListener listener) {
            this.pcm = pcm;
            this.line = line;
            this.listener = listener;
        }

        @Override
        public void run() {
            byte[] chunk = new byte[CHUNK_BYTES];
            try (pcm; line) {
                line.start();
                int n;
                while (!stopped && (n = pcm.read(chunk, 0, chunk.length)) >= 0) {
                    int written = 0;
                    while (written < n && !stopped) {
                        written += line.write(chunk, written, n - written);
                    }
                    listener.position(line.getLongFramePosition() / (double) PcmStream.SAMPLE_RATE);
                }
                if (!stopped) {
                    line.drain();
                    listener.position(line.getLongFramePosition() / (double) PcmStream.SAMPLE_RATE);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("playback stopped: {}", e.toString());
            } finally {
                playing = false;
                listener.finished();
            }
        }

        @Override
        public void stop() {
            stopped = true;
            // Unblocks a write waiting for room in the line's buffer.
            line.stop();
            line.flush();
        }

        @Override
        public boolean isPlaying() {
            return playing;
        }
    }
}
