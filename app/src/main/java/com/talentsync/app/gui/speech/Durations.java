package com.talentsync.app.gui.speech;

import java.util.Locale;

/** Seconds as the recorder and the page show them. */
final class Durations {

    private Durations() {}

    /** "mm:ss", minutes growing past 99 when they must; negative or unknown shows as 00:00. */
    static String clock(double seconds) {
        long whole = seconds > 0 && Double.isFinite(seconds) ? (long) Math.floor(seconds) : 0;
        return String.format(Locale.ROOT, "%02d:%02d", whole / 60, whole % 60);
    }

    /** "2.4 s", one decimal. */
    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
