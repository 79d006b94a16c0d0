package com.talentsync.core.speech.delivery;

import java.util.List;

/**
 * Everything the analyser found in one transcript: the headline metrics, where in the talk the
 * things it counts fall (word indexes into the transcript's words), and a verdict per metric.
 *
 * @param soundHesitations hesitations heard as sound between words with no word written for them
 *                         (counted among the fillers as "(hesitation)")
 */
public record DeliveryReport(
        DeliveryMetrics metrics,
        List<PaceWindow> paceOverTime,
        List<Pause> pauses,
        List<FillerHit> fillers,
        List<HedgeHit> hedges,
        List<Repetition> repetitions,
        List<Verdict> verdicts,
        List<SoundHesitation> soundHesitations) {

    public DeliveryReport {
        paceOverTime = List.copyOf(paceOverTime);
        pauses = List.copyOf(pauses);
        fillers = List.copyOf(fillers);
        hedges = List.copyOf(hedges);
        repetitions = List.copyOf(repetitions);
        verdicts = List.copyOf(verdicts);
        soundHesitations = List.copyOf(soundHesitations);
    }

    /** A report without sound hesitations. */
    public DeliveryReport(DeliveryMetrics metrics, List<PaceWindow> paceOverTime, List<Pause> pauses,
            List<FillerHit> fillers, List<HedgeHit> hedges, List<Repetition> repetitions, List<Verdict> verdicts) {
        this(metrics, paceOverTime, pauses, fillers, hedges, repetitions, verdicts, List.of());
    }

    /**
     * A hesitation heard, not written: speech-like sound in a gap between words.
     *
     * @param afterWord index of the word before it
     */
    public record SoundHesitation(double startSec, double endSec, int afterWord) {}

    /** Words spoken in one window of the talk, for the pace-over-time chart. */
    public record PaceWindow(double startSec, double endSec, int words, double wpm) {}

    /**
     * A silence between two words.
     *
     * @param afterWord index of the word before the silence
     */
    public record Pause(double startSec, double endSec, int afterWord, boolean isLong) {
        public double durationSec() {
            return endSec - startSec;
        }
    }

    /** How a filler was found. */
    public enum FillerSource {
        /** The recogniser wrote a filler word or phrase ("um", "you know", sentence-initial "so"). */
        LEXICAL,
        /** A short, low-confidence token between pauses: a hesitation the model wrote as a word. */
        TIMING
    }

    /**
     * A filler over words {@code firstWord..lastWord} (inclusive); timing hesitations have the
     * phrase {@code "(hesitation)"}.
     */
    public record FillerHit(int firstWord, int lastWord, String phrase, FillerSource source) {}

    /** A hedge over words {@code firstWord..lastWord} (inclusive). */
    public record HedgeHit(int firstWord, int lastWord, String phrase) {}

    /** A word said {@code times} times in a row, starting at {@code firstWord}. */
    public record Repetition(int firstWord, String word, int times) {}

    /** Where a value falls against its reference band. */
    public enum Rating { LOW, IN_BAND, HIGH }

    /**
     * A reference band and where the source for it is.
     *
     * @param low    lower bound, inclusive (the analyser's bands are all finite, see {@link DeliveryBands})
     * @param high   upper bound, inclusive
     * @param unit   as shown to the user, e.g. "words per minute"
     * @param source where the band comes from, in a few words
     */
    public record Band(double low, double high, String unit, String source) {}

    /**
     * A plain-language judgement of one metric.
     *
     * @param metric a {@link DeliveryMetrics} field name
     * @param text   one sentence the user can act on
     */
    public record Verdict(String metric, double value, Band band, Rating rating, String text) {}
}
