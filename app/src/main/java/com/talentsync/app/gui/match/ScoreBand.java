package com.talentsync.app.gui.match;

/** How a score reads at a glance; the gauge takes its colour from the band. */
public enum ScoreBand {
    NONE("", "gauge-none"),
    WEAK("Weak match", "gauge-weak"),
    FAIR("Fair match", "gauge-fair"),
    STRONG("Strong match", "gauge-strong");

    static final int FAIR_FROM = 50;
    static final int STRONG_FROM = 75;

    private final String label;
    private final String styleClass;

    ScoreBand(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    /** @param score 0-100, or negative for "no score yet" */
    public static ScoreBand of(int score) {
        if (score < 0) {
            return NONE;
        }
        if (score >= STRONG_FROM) {
            return STRONG;
        }
        return score >= FAIR_FROM ? FAIR : WEAK;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return styleClass;
    }
}
