package com.talentsync.app.gui.match;

import java.util.Optional;

/** Where a 0-based line lies in a text, so the view can select the line a suggestion names. */
final class TextLines {

    record Span(int start, int end) {}

    private TextLines() {}

    /** The line's characters without its line break; empty when the text has fewer lines. */
    static Optional<Span> of(String text, int line) {
        if (line < 0) {
            return Optional.empty();
        }
        int start = 0;
        for (int i = 0; i < line; i++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return Optional.empty();
            }
            start = newline + 1;
        }
        int end = text.indexOf('\n', start);
        return Optional.of(new Span(start, end < 0 ? text.length() : end));
    }
}
