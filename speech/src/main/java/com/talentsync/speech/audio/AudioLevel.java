package com.talentsync.speech.audio;

/**
 * The loudness of one chunk of audio, for a level meter.
 *
 * @param rmsDbfs  RMS level in dB below full scale (0 is the loudest; -90 or lower is silence)
 * @param peakDbfs peak level in dBFS
 * @param warning  whether the input is too quiet or clipping
 */
public record AudioLevel(double rmsDbfs, double peakDbfs, Warning warning) {

    public enum Warning { NONE, TOO_QUIET, CLIPPING }

    /** 0-1 for a meter bar: -60 dBFS and below is empty, 0 dBFS is full. */
    public double meterFraction() {
        return Math.clamp((rmsDbfs + 60) / 60, 0, 1);
    }
}
