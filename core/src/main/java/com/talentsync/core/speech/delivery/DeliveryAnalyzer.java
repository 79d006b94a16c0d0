package com.talentsync.core.speech.delivery;

import com.talentsync.core.speech.Transcript;

/**
 * Turns a timed transcript into delivery figures: pace, pauses, fillers, hedges, repetitions,
 * talk time and vocabulary variety, each judged against a reference band. Pure logic:
 * same transcript, same report. Thread-safe.
 */
public final class DeliveryAnalyzer {

    /** A silence between words this long or longer counts as a pause. */
    public static final double PAUSE_SEC = 0.5;
    /** A pause over this long is a long pause. */
    public static final double LONG_PAUSE_SEC = 2.0;

    public DeliveryReport analyse(Transcript transcript) {
        throw new UnsupportedOperationException("not built yet");
    }
}
