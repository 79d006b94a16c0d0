package com.talentsync.core.resume.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one review's findings with their places. A code that fires on many lines is kept
 * for at most {@link ResumeReviewer#MAX_FINDINGS_PER_CODE} of them: twenty identical hints
 * bury the other advice, and the score has already counted them all.
 */
final class Findings {

    /** Most serious first; then whole-document findings (line -1) before located ones, by line. */
    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::code);

    private final Places places;
    private final List<Finding> list = new ArrayList<>();
    private final Map<String, Integer> perCode = new HashMap<>();

    Findings(Places places) {
        this.places = places;
    }

    Places places() {
        return places;
    }

    /** @param line 0-based line in the resume's lines, or -1 for the whole document */
    void add(String code, Severity severity, String message, int line) {
        int seen = perCode.merge(code, 1, Integer::sum);
        if (seen <= ResumeReviewer.MAX_FINDINGS_PER_CODE) {
            int located = places.clamp(line);
            list.add(new Finding(code, severity, message, places.where(located), located));
        }
    }

    List<Finding> sorted() {
        return list.stream().sorted(ORDER).toList();
    }
}
