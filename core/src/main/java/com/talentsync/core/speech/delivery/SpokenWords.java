package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import java.util.List;
import java.util.Locale;

/**
 * A transcript's words prepared for the finders: each word normalised for matching, the silence
 * around each word, and which words open a sentence. Transcripts carry no punctuation, so a
 * sentence starts at the first word or after a pause.
 */
final class SpokenWords {

    /**
     * Tolerance for comparing times: recogniser times have millisecond resolution, and a gap of
     * 1.7 - 1.2 must count as the 0.5 s it is, not as 0.49999999999999956.
     */
    static final double EPS = 1e-6;

    private final List<TimedWord> words;
    private final String[] tokens;
    private final double durationSec;

    SpokenWords(Transcript transcript) {
        this.words = transcript.words();
        this.tokens = words.stream().map(word -> normalise(word.word())).toArray(String[]::new);
        this.durationSec = transcript.durationSec();
    }

    /** Lower case, typographic apostrophes made plain, punctuation at either end dropped. */
    static String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int from = 0;
        int to = lower.length();
        while (from < to && !isWordChar(lower.charAt(from))) {
            from++;
        }
        while (to > from && !isWordChar(lower.charAt(to - 1))) {
            to--;
        }
        return lower.substring(from, to);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    int size() {
        return tokens.length;
    }

    String token(int i) {
        return tokens[i];
    }

    TimedWord word(int i) {
        return words.get(i);
    }

    /** The normalised word before {@code i}, or null at the start. */
    String before(int i) {
        return i > 0 ? tokens[i - 1] : null;
    }

    /** The normalised word after {@code i}, or null at the end. */
    String after(int i) {
        return i + 1 < tokens.length ? tokens[i + 1] : null;
    }

    /** Silence before word {@code i}; for the first word, the silence since the audio began. */
    double silenceBefore(int i) {
        double previousEnd = i == 0 ? 0 : words.get(i - 1).end();
        return Math.max(0, words.get(i).start() - previousEnd);
    }

    /** Silence after word {@code i}; for the last word, the silence until the audio ends. */
    double silenceAfter(int i) {
        double nextStart = i + 1 < words.size() ? words.get(i + 1).start() : durationSec;
        return Math.max(0, nextStart - words.get(i).end());
    }

    /** The first word, or a word after a pause. */
    boolean startsSentence(int i) {
        return i == 0 || silenceBefore(i) >= DeliveryAnalyzer.PAUSE_SEC - EPS;
    }

    /** Word {@code i} is followed by a pause, or is the last word. */
    boolean endsSentence(int i) {
        return i == tokens.length - 1 || silenceAfter(i) >= DeliveryAnalyzer.PAUSE_SEC - EPS;
    }

    /** Whether {@code phrase} is said starting at word {@code i}. */
    boolean saysAt(int i, List<String> phrase) {
        if (i + phrase.size() > tokens.length) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens[i + k].equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
