package com.talentsync.core.speech;

import java.util.Objects;

/**
 * One recognised word with its place in the audio.
 *
 * @param word  the word as the recogniser wrote it (lower case for Vosk's English models)
 * @param start seconds from the start of the recording
 * @param end   seconds from the start of the recording, not before {@code start}
 * @param conf  the recogniser's confidence, 0-1
 */
public record TimedWord(String word, double start, double end, double conf) {
    public TimedWord {
        Objects.requireNonNull(word, "word");
        if (!(start >= 0) || !(end >= start)) {
            throw new IllegalArgumentException("bad timing for '" + word + "': " + start + "-" + end);
        }
        if (!(conf >= 0 && conf <= 1)) {
            throw new IllegalArgumentException("confidence out of 0-1 for '" + word + "': " + conf);
        }
    }

    public double durationSec() {
        return end - start;
    }
}
