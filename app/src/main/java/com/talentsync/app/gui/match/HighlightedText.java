package com.talentsync.app.gui.match;

import java.util.List;
import java.util.Objects;

/**
 * A text with its highlights, kept together so spans always index the text they were found in
 * (the resume may have been edited since).
 *
 * @param highlights in text order, not overlapping, inside the text
 */
public record HighlightedText(String text, List<Highlight> highlights) {

    public static final HighlightedText EMPTY = new HighlightedText("", List.of());

    public HighlightedText {
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
        int previousEnd = 0;
        for (Highlight highlight : highlights) {
            if (highlight.start() < previousEnd || highlight.end() > text.length()) {
                throw new IllegalArgumentException("highlights must be ordered, apart and inside the text");
            }
            previousEnd = highlight.end();
        }
    }

    public static HighlightedText plain(String text) {
        return new HighlightedText(text, List.of());
    }
}
