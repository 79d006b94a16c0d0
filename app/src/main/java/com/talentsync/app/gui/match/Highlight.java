package com.talentsync.app.gui.match;

import java.util.Objects;

/**
 * A marked span {@code [start, end)} of a shown text, for one skill.
 *
 * @param skill the canonical skill name behind the span
 */
public record Highlight(int start, int end, Kind kind, String skill) {

    public enum Kind {
        /** The ad asks for it and the resume shows it. */
        MATCHED,
        /** The ad requires it; the resume does not show it. */
        MISSING_REQUIRED,
        /** The ad would like it; the resume does not show it. */
        MISSING_PREFERRED
    }

    public Highlight {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(skill, "skill");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
