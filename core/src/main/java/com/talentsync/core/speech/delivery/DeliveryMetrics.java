package com.talentsync.core.speech.delivery;

import java.util.Map;

/**
 * The headline delivery figures of one answer. Field names are the CLI's JSON contract.
 *
 * @param wpm                words per minute over the whole talk time (first word to last word)
 * @param articulationWpm    words per minute over speaking time only (pauses left out)
 * @param pauses             silences between words of {@link DeliveryAnalyzer#PAUSE_SEC} or more
 * @param longPauses         pauses over {@link DeliveryAnalyzer#LONG_PAUSE_SEC}
 * @param longestPauseSec    0 when there is no pause
 * @param fillerCount        filler words and phrases, and hesitations found from timing or heard as sound
 * @param fillersPer100Words fillers per 100 words
 * @param fillers            filler phrase to count, in first-seen order
 * @param hedges             hedging phrases counted as hedges (see the analyser for the rules)
 * @param talkTimeSec        first word's start to last word's end
 * @param wordCount          recognised words
 * @param vocabularyVariety  moving-average type-token ratio over 50-word windows, plain type-token
 *                           ratio under 50 words, fillers left out (0-1)
 * @param repeatedWords      immediate repetitions such as "I I" or "the the" (runs, not extra words)
 */
public record DeliveryMetrics(
        double wpm,
        double articulationWpm,
        int pauses,
        int longPauses,
        double longestPauseSec,
        int fillerCount,
        double fillersPer100Words,
        Map<String, Integer> fillers,
        int hedges,
        double talkTimeSec,
        int wordCount,
        double vocabularyVariety,
        int repeatedWords) {

    public DeliveryMetrics {
        fillers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fillers));
    }
}
