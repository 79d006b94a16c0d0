package com.talentsync.core.screen;

import java.util.Arrays;

/**
 * A MinHash sketch of a text's 5-word shingles, for finding near-identical resumes without
 * comparing every pair of texts word by word. Deterministic: fixed seeds, no randomness, so the
 * same files always group the same way.
 *
 * <p>Words are runs of letters or digits, lower-cased, so line breaks, bullets and spacing a
 * converter changed do not make two copies of one resume look different.
 */
final class TextSignature {

    static final int SHINGLE_WORDS = 5;
    static final int HASHES = 128;
    /** LSH: the sketch in bands of this many hashes; two texts sharing any whole band are compared. */
    static final int ROWS_PER_BAND = 4;
    static final int BANDS = HASHES / ROWS_PER_BAND;
    private static final long[] SEEDS = seeds();

    private final int[] minHashes;
    private final boolean empty;

    private TextSignature(int[] minHashes, boolean empty) {
        this.minHashes = minHashes;
        this.empty = empty;
    }

    static TextSignature of(String text) {
        long[] shingles = shingles(text);
        int[] mins = new int[HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int hash = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
                if (hash < mins[i]) {
                    mins[i] = hash;
                }
            }
        }
        return new TextSignature(mins, shingles.length == 0);
    }

    /** A text without words is near-identical to nothing (identical bytes still group). */
    boolean isEmpty() {
        return empty;
    }

    /** The share of equal hashes: an estimate of the two texts' Jaccard similarity. */
    double estimate(TextSignature other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The key of one band of the sketch, for bucketing. */
    long bandKey(int band) {
        long key = band;
        for (int i = band * ROWS_PER_BAND; i < (band + 1) * ROWS_PER_BAND; i++) {
            key = mix(key * 31 + minHashes[i]);
        }
        return key;
    }

    /** The distinct shingle hashes of {@code text}, sorted; a text shorter than a shingle is one shingle. */
    static long[] shingles(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - SHINGLE_WORDS + 1);
        long[] shingles = new long[count];
        for (int start = 0; start < count; start++) {
            long hash = 0;
            for (int i = start; i < Math.min(words.length, start + SHINGLE_WORDS); i++) {
                hash = mix(hash * 0x9E3779B97F4A7C15L + words[i]);
            }
            shingles[start] = hash;
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    /** Exact Jaccard similarity of two sorted, distinct shingle sets. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            int order = Long.compare(a[i], b[j]);
            if (order == 0) {
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared / (double) (a.length + b.length - shared);
    }

    private static long[] wordHashes(String text) {
        long[] hashes = new long[Math.max(16, text.length() / 5)];
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                hash = (inWord ? hash : 0xCBF29CE484222325L) ^ Character.toLowerCase(codePoint);
                hash *= 0x100000001B3L; // FNV-1a
                inWord = true;
            } else if (inWord) {
                hashes = append(hashes, count++, hash);
                inWord = false;
            }
        }
        if (inWord) {
            hashes = append(hashes, count++, hash);
        }
        return Arrays.copyOf(hashes, count);
    }

    private static long[] append(long[] array, int index, long value) {
        long[] target = index < array.length ? array : Arrays.copyOf(array, array.length * 2);
        target[index] = value;
        return target;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5EED_7A1E_2026L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
