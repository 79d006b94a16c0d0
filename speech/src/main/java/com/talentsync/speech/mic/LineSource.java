package com.talentsync.speech.mic;

import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * Finds a capture line for a format: the system's default microphone in the app, a fake in tests
 * (no sound card, a busy device, a device unplugged mid-recording).
 */
@FunctionalInterface
public interface LineSource {

    /**
     * A not yet opened line that captures {@code format}, or empty when no device can.
     *
     * @throws LineUnavailableException when a device exists but cannot be had right now
     */
    Optional<TargetDataLine> find(AudioFormat format) throws LineUnavailableException;

    /** The default capture device through Java Sound. */
    LineSource SYSTEM = format -> {
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, format);
        if (!AudioSystem.isLineSupported(info)) {
            return Optional.empty();
        }
        try {
            return Optional.of((TargetDataLine) AudioSystem.getLine(info));
        } catch (IllegalArgumentException | SecurityException e) {
            // No mixer offers the format after all, or the OS denies access to the device list.
            return Optional.empty();
        }
    };
}
