package com.talentsync.speech.vosk.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate: the word-level edit distance (substitutions + deletions + insertions) between
 * a reference and a hypothesis, over the reference's word count. Both are normalised first the
 * way the speech-eval manifest's {@code reference_normalized} column is: lower case, punctuation
 * dropped (hyphens split words), apostrophes kept.
 */
public final class WordErrorRate {

    /**
     * How a hypothesis differs from its reference.
     *
     * @param referenceWords words in the normalised reference
     */
    public record Alignment(int substitutions, int deletions, int insertions, int referenceWords) {

        public int errors() {
            return substitutions + deletions + insertions;
        }

        /** errors / reference words; 0 for an empty reference matched by an empty hypothesis. */
        public double rate() {
            if (referenceWords == 0) {
                return errors() == 0 ? 0 : 1;
            }
            return errors() / (double) referenceWords;
        }
    }

    private WordErrorRate() {}

    /** The words of {@code text} after normalisation. */
    public static List<String> normalise(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ")
                .strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
    }

    /** Aligns two texts (normalised here). */
    public static Alignment align(String reference, String hypothesis) {
        return align(normalise(reference), normalise(hypothesis));
    }

    /** Aligns two word lists as given (Levenshtein over words, then a walk back for the kinds). */
    public static Alignment align(List<String> ref, List<String> hyp) {
        int n = ref.size();
        int m = hyp.size();
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diagonal = cost[i - 1][j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                cost[i][j] = Math.min(diagonal, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        int substitutions = 0;
        int deletions = 0;
        int insertions = 0;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1)) {
                if (!ref.get(i - 1).equals(hyp.get(j - 1))) {
                    substitutions++;
                }
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                deletions++;
                i--;
            } else {
                insertions++;
                j--;
            }
        }
        return new Alignment(substitutions, deletions, insertions, n);
    }
}
