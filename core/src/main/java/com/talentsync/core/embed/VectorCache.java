package com.talentsync.core.embed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded least-recently-used map from text to its vector. Re-scoring a resume after a small
 * edit finds every unchanged chunk here, and a job ad's duties are embedded once however many
 * resumes are matched against them. Thread-safe; vectors are copied in and out, so a caller
 * can never change a cached one.
 */
final class VectorCache {

    private final int capacity;
    private final LinkedHashMap<String, float[]> entries;

    VectorCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > VectorCache.this.capacity;
            }
        };
    }

    synchronized Optional<float[]> get(String text) {
        float[] vector = entries.get(text);
        return vector == null ? Optional.empty() : Optional.of(vector.clone());
    }

    synchronized void put(String text, float[] vector) {
        entries.put(text, vector.clone());
    }

    synchronized int size() {
        return entries.size();
    }

    int capacity() {
        return capacity;
    }
}
