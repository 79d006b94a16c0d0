package com.talentsync.core.resume.hidden;

import java.util.Objects;

/**
 * A stretch of text that a file holds but a person looking at it cannot see: white on white,
 * hidden by a formatting flag, too small to read, or outside the page.
 *
 * @param text   the hidden text, whitespace collapsed to single spaces; never blank
 * @param before up to a few dozen characters the file holds just before it (seen or not), so the
 *               run can be found again in the extracted text; may be empty
 * @param after  the same for the text just after it
 */
public record HiddenRun(String text, String before, String after) {

    public HiddenRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a hidden run has text");
        }
    }
}
