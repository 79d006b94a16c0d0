package com.talentsync.core.match;

import java.util.Objects;

/**
 * One thing to change in the resume to match the ad better. Only ever suggests wording for
 * what the resume already shows (a skill named in a bullet, a related skill it lists), never
 * a claim it does not support.
 *
 * @param text  what to do, e.g. "Name Kafka in the Kestrel bullet about event streaming"
 * @param where where in the resume, e.g. "Experience, Kestrel (line 14)", or "" for the whole resume
 * @param line  0-based line in the resume text the suggestion points at, or -1
 */
public record Suggestion(String text, String where, int line) {
    public Suggestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
    }
}
