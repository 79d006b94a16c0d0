package com.talentsync.core.speech;

import java.util.List;
import java.util.Objects;

/**
 * What was said in one recording: the text, every word with its timing, and how long the audio
 * was (silence included), which pace and talk-time figures need.
 *
 * @param text               the words joined by single spaces
 * @param words              in time order
 * @param durationSec        length of the audio in seconds
 * @param unrecognisedSounds speech-like sound between words that no word accounts for (a
 *                           dropped "umm"), in time order; empty when the audio was not examined
 */
public record Transcript(String text, List<TimedWord> words, double durationSec, List<SoundSpan> unrecognisedSounds) {
    public Transcript {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        unrecognisedSounds = List.copyOf(unrecognisedSounds);
        if (!(durationSec >= 0)) {
            throw new IllegalArgumentException("duration must be >= 0: " + durationSec);
        }
    }

    /** A transcript whose audio was not examined for sounds between the words. */
    public Transcript(String text, List<TimedWord> words, double durationSec) {
        this(text, words, durationSec, List.of());
    }

    /** This transcript with the sounds found between its words. */
    public Transcript withUnrecognisedSounds(List<SoundSpan> sounds) {
        return new Transcript(text, words, durationSec, sounds);
    }

    /** A transcript of {@code words}, its text their words joined by spaces. */
    public static Transcript of(List<TimedWord> words, double durationSec) {
        StringBuilder text = new StringBuilder();
        for (TimedWord word : words) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word.word());
        }
        return new Transcript(text.toString(), words, durationSec);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
