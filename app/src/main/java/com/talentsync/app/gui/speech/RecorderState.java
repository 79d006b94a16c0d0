package com.talentsync.app.gui.speech;

/** Where the recorder stands; the buttons and the status line follow it. */
public enum RecorderState {
    /** The speech model is being loaded; Record waits for it. */
    LOADING_MODEL,
    READY,
    RECORDING,
    /** Stopped; the last words are being recognised and the recording saved. */
    FINISHING,
    /** A result is out. */
    DONE,
    /** The model, the microphone or the recording failed; the problem line says why. */
    FAILED;

    /** Whether Record may be pressed in this state. */
    public boolean canRecord() {
        return this == READY || this == DONE || this == FAILED;
    }
}
