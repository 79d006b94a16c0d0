package com.talentsync.core.match;

import com.talentsync.core.embed.TextEmbedder;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the sentence model in tests that check the matcher's logic, not the model's
 * quality: a bag of word stems hashed into 384 signed buckets and scaled to unit length. Texts
 * sharing words are close, texts sharing none are orthogonal-ish; deterministic; counts calls.
 */
final class HashingEmbedder implements TextEmbedder {

    static final int DIMENSION = 384;

    final AtomicInteger calls = new AtomicInteger();

    @Override
    public float[] embed(String text) {
        calls.incrementAndGet();
        float[] v = new float[DIMENSION];
        if (text == null || text.isBlank()) {
            return v;
        }
        for (String word : Terms.words(text)) {
            if (Terms.isContent(word)) {
                int h = Stemmer.stem(word).hashCode();
                v[Math.floorMod(h, DIMENSION)] += (h & 1) == 0 ? 1 : -1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
        }
        return v;
    }

    @Override
    public String modelName() {
        return "hashing-test-embedder";
    }
}
