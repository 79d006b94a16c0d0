package com.talentsync.core.speech;

/**
 * A stretch of the recording, in seconds from its start, that sounded like speech but held no
 * recognised word: typically an "umm" or "err" the recogniser dropped.
 */
public record SoundSpan(double start, double end) {
    public SoundSpan {
        if (!(start >= 0) || !(end > start)) {
            throw new IllegalArgumentException("bad sound span: " + start + "-" + end);
        }
    }

    public double durationSec() {
        return end - start;
    }
}
