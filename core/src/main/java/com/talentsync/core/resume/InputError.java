package com.talentsync.core.resume;

import java.util.Objects;

/**
 * A problem with something the user gave us, as a value: what kind it is and one line that
 * names the problem and what is accepted. Shown in a dialog or on stderr, never as a trace.
 */
public record InputError(Kind kind, String message) {

    public enum Kind {
        NOT_FOUND,
        UNREADABLE,
        UNSUPPORTED,
        TOO_LARGE,
        ENCRYPTED,
        EMPTY,
        NO_TEXT,
        CORRUPT,
        /** Audio with nothing to hear: digital silence, or too quiet even after normalising. */
        SILENT,
        /** A device or model the app needs is missing or held by another program. */
        UNAVAILABLE
    }

    public InputError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (message.contains("\n")) {
            throw new IllegalArgumentException("an input error is one line: " + message);
        }
    }
}
