package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.delivery.DeliveryReport.Band;
import com.talentsync.core.speech.delivery.DeliveryReport.Rating;

/**
 * The reference band of every judged metric and where it comes from. Bands are inclusive at both
 * ends and always finite. Where no published norm exists the source says it is TalentSync's own
 * rule of thumb; docs/speech-delivery.md explains each choice.
 */
public final class DeliveryBands {

    public static final Band WPM = new Band(120, 160, "words per minute",
            "interview pace commonly advised by speaking coaches, around the ~150 wpm that the National Center"
                    + " for Voice and Speech gives for conversational American English");

    public static final Band ARTICULATION_WPM = new Band(140, 200, "words per minute between pauses",
            "TalentSync's derivation from the 120-160 pace band with pauses taking 15-20% of the talk time,"
                    + " not a published norm");

    public static final Band FILLERS_PER_100_WORDS = new Band(0, 5, "fillers per 100 words",
            "speaking coaches' rule of thumb: under about one filler in twenty words goes unnoticed");

    public static final Band LONG_PAUSES = new Band(0, 2, "pauses over 2 seconds",
            "TalentSync's rule of thumb: one or two thinking pauses in an answer are fine, more break its thread");

    public static final Band HEDGES = new Band(0, 3, "hedges",
            "TalentSync's rule of thumb: a few hedges sound careful, more sound unsure");

    public static final Band REPEATED_WORDS = new Band(0, 2, "repeated words",
            "TalentSync's rule of thumb: a couple of restarts are normal in unscripted speech");

    public static final Band VOCABULARY_VARIETY = new Band(0.6, 1, "distinct words per word (MATTR, 50-word windows)",
            "TalentSync's rule of thumb for spoken answers, not a published norm");

    public static final Band TALK_TIME_SEC = new Band(60, 120, "seconds",
            "common interview advice to answer a question in one to two minutes");

    private DeliveryBands() {}

    /** Where {@code value} falls: below {@code low}, within (ends included), or above {@code high}. */
    public static Rating rate(Band band, double value) {
        if (value < band.low()) {
            return Rating.LOW;
        }
        return value > band.high() ? Rating.HIGH : Rating.IN_BAND;
    }
}
