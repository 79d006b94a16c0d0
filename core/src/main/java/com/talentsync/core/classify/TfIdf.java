package com.talentsync.core.classify;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our own TF-IDF: sublinear term frequency {@code 1 + ln(tf)}, smoothed inverse document
 * frequency {@code ln((1 + N) / (1 + df)) + 1}, and an L2-normalised vector.
 *
 * <p>Computed here rather than with Tribuo's {@code IDFTransformation}: inside a
 * {@code TransformTrainer} that transformation (Tribuo 4.3.2) zeroes every feature. Keeping the
 * vocabulary and IDF table ourselves also lets the saved model carry exactly what prediction needs.
 */
final class TfIdf {

    /** Feature names in ascending order with their weights: what a Tribuo example is built from. */
    record Vector(String[] names, double[] values) {
        boolean isEmpty() {
            return names.length == 0;
        }
    }

    private final Map<String, Float> idf;

    private TfIdf(Map<String, Float> idf) {
        this.idf = idf;
    }

    /**
     * Learns the vocabulary and IDF table. Terms in fewer than {@code minDf} documents are dropped
     * (typos, names); if more than {@code maxTerms} remain, the most widespread are kept, ties by name
     * so that the result never depends on hash order.
     */
    static TfIdf fit(List<List<String>> documents, int minDf, int maxTerms) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> terms : documents) {
            for (String term : new HashSet<>(terms)) {
                df.merge(term, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : df.entrySet()) {
            if (entry.getValue() >= minDf) {
                kept.add(entry);
            }
        }
        kept.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        int n = documents.size();
        Map<String, Float> idf = new HashMap<>();
        for (Map.Entry<String, Integer> entry : kept.subList(0, Math.min(maxTerms, kept.size()))) {
            idf.put(entry.getKey(), (float) (Math.log((1.0 + n) / (1.0 + entry.getValue())) + 1.0));
        }
        return new TfIdf(idf);
    }

    int size() {
        return idf.size();
    }

    Set<String> vocabulary() {
        return idf.keySet();
    }

    /** The L2-normalised TF-IDF vector of a term list; terms outside the vocabulary are ignored. */
    Vector vectorize(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>(terms.size());
        for (String term : terms) {
            if (idf.containsKey(term)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        String[] names = counts.keySet().toArray(String[]::new);
        Arrays.sort(names);
        double[] values = new double[names.length];
        double sumOfSquares = 0;
        for (int i = 0; i < names.length; i++) {
            double weight = (1.0 + Math.log(counts.get(names[i]))) * idf.get(names[i]);
            values[i] = weight;
            sumOfSquares += weight * weight;
        }
        if (sumOfSquares > 0) {
            double norm = Math.sqrt(sumOfSquares);
            for (int i = 0; i < values.length; i++) {
                values[i] /= norm;
            }
        }
        return new Vector(names, values);
    }

    void write(DataOutput out) throws IOException {
        String[] names = idf.keySet().toArray(String[]::new);
        Arrays.sort(names); // stable bytes for the same table
        out.writeInt(names.length);
        for (String name : names) {
            out.writeUTF(name);
            out.writeFloat(idf.get(name));
        }
    }

    static TfIdf read(DataInput in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > 10_000_000) {
            throw new IOException("implausible vocabulary size " + size);
        }
        Map<String, Float> idf = HashMap.newHashMap(size);
        for (int i = 0; i < size; i++) {
            idf.put(in.readUTF(), in.readFloat());
        }
        return new TfIdf(idf);
    }
}
