package com.talentsync.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A stretch of text to replace: {@code [start, end)} becomes {@code replacement}. */
record Span(int start, int end, String replacement) {

    /**
     * {@code text} with the spans replaced. Where spans overlap, the one starting first wins, and of
     * two starting together the longer: an e-mail inside a link is masked once, as part of the link.
     */
    static String apply(String text, List<Span> spans) {
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span span : ordered) {
            if (span.start() < at || span.start() >= span.end()) {
                continue;
            }
            out.append(text, at, span.start()).append(span.replacement());
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
