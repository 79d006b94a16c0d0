package com.talentsync.speech.mic;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import com.talentsync.speech.audio.PcmStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * Opens the default microphone as 16 kHz mono 16-bit PCM. Devices that refuse 16 kHz (many
 * USB and built-in ones capture only at 44.1 or 48 kHz, some only in stereo) are opened at a
 * rate they take and converted with Java Sound's own sample-rate and channel converter.
 */
public final class Microphone {

    public static final String NO_MICROPHONE =
            "no microphone found: connect one and allow TalentSync to use it in the system's sound settings";
    public static final String MICROPHONE_BUSY = "the microphone is in use by another program: close it and try again";

    /** The format Vosk wants. */
    static final AudioFormat TARGET = new AudioFormat(PcmStream.SAMPLE_RATE, 16, 1, true, false);

    /** Tried in order: what Vosk wants first, then common native device formats. */
    private static final List<AudioFormat> CANDIDATES = List.of(TARGET,
            new AudioFormat(48_000, 16, 1, true, false), new AudioFormat(44_100, 16, 1, true, false),
            new AudioFormat(48_000, 16, 2, true, false), new AudioFormat(44_100, 16, 2, true, false),
            new AudioFormat(PcmStream.SAMPLE_RATE, 16, 2, true, false));

    /** About half a second of device buffer: enough to ride out a GC pause, small enough for live partials. */
    private static final double BUFFER_SEC = 0.5;

    /** A running line that delivers nothing for this long is taken as lost. */
    static final Duration DEFAULT_LOST_AFTER = Duration.ofSeconds(2);

    private final LineSource lines;
    private final Duration lostAfter;

    /** The system's default microphone. */
    public Microphone() {
        this(LineSource.SYSTEM);
    }

    public Microphone(LineSource lines) {
        this(lines, DEFAULT_LOST_AFTER);
    }

    Microphone(LineSource lines, Duration lostAfter) {
        this.lines = lines;
        this.lostAfter = lostAfter;
    }

    /**
     * Opens and starts capturing.
     *
     * @throws InputException UNAVAILABLE when there is no microphone or another program holds it
     */
    public MicrophoneStream open() throws InputException {
        for (AudioFormat format : CANDIDATES) {
            if (format != TARGET && !AudioSystem.isConversionSupported(TARGET, format)) {
                continue;
            }
            Optional<TargetDataLine> found;
            try {
                found = lines.find(format);
            } catch (LineUnavailableException e) {
                throw new InputException(Kind.UNAVAILABLE, MICROPHONE_BUSY, e);
            } catch (SecurityException e) {
                throw new InputException(Kind.UNAVAILABLE, NO_MICROPHONE, e);
            }
            if (found.isEmpty()) {
                continue;
            }
            TargetDataLine line = found.get();
            try {
                int frames = (int) (format.getSampleRate() * BUFFER_SEC);
                line.open(format, frames * format.getFrameSize());
                line.start();
            } catch (LineUnavailableException e) {
                line.close();
                throw new InputException(Kind.UNAVAILABLE, MICROPHONE_BUSY, e);
            } catch (IllegalArgumentException | IllegalStateException | SecurityException e) {
                // The device claimed the format but will not open with it: try the next one.
                line.close();
                continue;
            }
            return new MicrophoneStream(line, format, lostAfter);
        }
        throw new InputException(Kind.UNAVAILABLE, NO_MICROPHONE);
    }
}
