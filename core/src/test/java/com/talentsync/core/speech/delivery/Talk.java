package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays words out on a timeline for tests: words said back to back at a given pace, pauses of a
 * given length, and single words with their own duration and confidence.
 */
final class Talk {

    private final double slot;
    private final List<TimedWord> words = new ArrayList<>();
    private double now;

    private Talk(double slot) {
        this.slot = slot;
    }

    /** Words said back to back at {@code wpm}: each takes 60 / wpm seconds, no gap between. */
    static Talk at(double wpm) {
        return new Talk(60 / wpm);
    }

    /** Silence before the first word. */
    Talk after(double seconds) {
        now += seconds;
        return this;
    }

    Talk say(String text) {
        for (String word : text.split(" ")) {
            words.add(new TimedWord(word, now, now + slot, 1.0));
            now += slot;
        }
        return this;
    }

    /** {@code count} distinct confident words ("w0", "w1", ...). */
    Talk sayWords(int count) {
        for (int i = 0; i < count; i++) {
            say("w" + words.size());
        }
        return this;
    }

    Talk pause(double seconds) {
        now += seconds;
        return this;
    }

    /** One word with its own duration and confidence. */
    Talk word(String word, double seconds, double conf) {
        words.add(new TimedWord(word, now, now + seconds, conf));
        now += seconds;
        return this;
    }

    /** The transcript, the audio ending with the last word. */
    Transcript end() {
        return Transcript.of(words, now);
    }

    /** The transcript, the audio running on {@code seconds} after the last word. */
    Transcript end(double seconds) {
        return Transcript.of(words, now + seconds);
    }

    static DeliveryReport analyse(Transcript transcript) {
        return new DeliveryAnalyzer().analyse(transcript);
    }
}
