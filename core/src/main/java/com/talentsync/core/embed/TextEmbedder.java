package com.talentsync.core.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a sentence embedding, locally. Implementations are thread-safe and
 * deterministic: the same text gives the same vector, so scores built on them are stable.
 */
public interface TextEmbedder {

    /** A unit-length vector for {@code text}; blank text gives a zero vector. */
    float[] embed(String text);

    /** The vectors of several texts, in order; implementations may batch. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** Names the model, so stored scores can say what made them. */
    String modelName();

    /** Cosine similarity of two vectors of the same length; 0 when either is all zeros. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
