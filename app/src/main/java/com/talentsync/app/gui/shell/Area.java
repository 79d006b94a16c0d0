package com.talentsync.app.gui.shell;

import javafx.scene.input.KeyCode;

/** The product's areas, in sidebar order; each opens with Ctrl+its number. */
public enum Area {
    DASHBOARD("Dashboard", KeyCode.DIGIT1,
            "Your progress at a glance: resumes, recent matches, interview practice and drafts."),
    RESUMES("Resumes", KeyCode.DIGIT2, "Import, read and manage resumes."),
    MATCH("Match", KeyCode.DIGIT3,
            "Match a resume against a job description with an explainable, local ATS-style score."),
    INTERVIEW("Interview", KeyCode.DIGIT4,
            "Mock interviews by voice, transcribed offline, with feedback on content and delivery."),
    SPEECH("Speech practice", KeyCode.DIGIT5,
            "Answer out loud and see your transcript, pace, pauses and fillers, all transcribed offline."),
    WRITE("Write", KeyCode.DIGIT6,
            "Tailored resumes, cover letters, cold e-mails and LinkedIn posts, with an offline draft."),
    SCREENING("Screening", KeyCode.DIGIT7,
            "Screen and rank hundreds of resumes against a job, entirely on this computer."),
    SETTINGS("Settings", KeyCode.DIGIT8, "Theme, import limits and where your data lives.");

    private final String title;
    private final KeyCode shortcutDigit;
    private final String purpose;

    Area(String title, KeyCode shortcutDigit, String purpose) {
        this.title = title;
        this.shortcutDigit = shortcutDigit;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    public KeyCode shortcutDigit() {
        return shortcutDigit;
    }

    public String purpose() {
        return purpose;
    }
}
