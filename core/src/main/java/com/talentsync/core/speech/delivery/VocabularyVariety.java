package com.talentsync.core.speech.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How varied the words are: the moving-average type-token ratio (Covington and McFall's MATTR)
 * over {@link #WINDOW}-word windows, which unlike a plain type-token ratio does not fall just
 * because an answer is longer. Answers shorter than one window get the plain type-token ratio.
 */
final class VocabularyVariety {

    static final int WINDOW = 50;

    private VocabularyVariety() {}

    /** 0-1; 0 for no words. */
    static double of(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        if (words.size() <= WINDOW) {
            return (double) words.stream().distinct().count() / words.size();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < WINDOW; i++) {
            counts.merge(words.get(i), 1, Integer::sum);
        }
        long distinctSum = counts.size();
        for (int i = WINDOW; i < words.size(); i++) {
            counts.merge(words.get(i), 1, Integer::sum);
            counts.computeIfPresent(words.get(i - WINDOW), (word, n) -> n == 1 ? null : n - 1);
            distinctSum += counts.size();
        }
        int windows = words.size() - WINDOW + 1;
        return (double) distinctSum / windows / WINDOW;
    }
}
