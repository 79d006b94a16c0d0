package com.talentsync.core.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;

/**
 * A trained Tribuo softmax regression with the TF-IDF table it was trained on and a softmax
 * temperature fitted on held-out documents. Immutable, so safe to share between threads.
 */
final class TribuoClassifier implements ResumeClassifier {

    /**
     * Added to every example with the same value. Tribuo refuses an example without known
     * features; with this one, text that has no known word gets the model's near-uniform prior
     * instead of an exception, and so a low confidence.
     */
    static final String CONSTANT_FEATURE = "__document__";
    private static final String MAGIC = "talentsync-classifier";
    private static final int FORMAT = 1;
    private static final int TOP = 3;

    private final Model<Label> model;
    private final TfIdf tfidf;
    private final double temperature;
    private final String version;
    private final String[] labels;

    TribuoClassifier(Model<Label> model, TfIdf tfidf, double temperature, String version) {
        this.model = model;
        this.tfidf = tfidf;
        this.temperature = temperature;
        this.version = version;
        List<String> known = new ArrayList<>();
        model.getOutputIDInfo().getDomain().forEach(label -> known.add(label.getLabel()));
        this.labels = known.toArray(String[]::new);
        Arrays.sort(this.labels);
    }

    static Example<Label> example(TfIdf tfidf, String text, Label label) {
        TfIdf.Vector vector = tfidf.vectorize(Tokenizer.terms(text));
        int n = vector.names().length;
        String[] names = Arrays.copyOf(vector.names(), n + 1);
        double[] values = Arrays.copyOf(vector.values(), n + 1);
        names[n] = CONSTANT_FEATURE;
        values[n] = 1.0;
        return new ArrayExample<>(label, names, values);
    }

    @Override
    public CategoryPrediction classify(String text) {
        List<LabelScore> scores = scores(text);
        List<LabelScore> top = List.copyOf(scores.subList(0, Math.min(TOP, scores.size())));
        return new CategoryPrediction(top.getFirst().label(), top.getFirst().confidence(), top);
    }

    /** Every label with its calibrated probability, best first (ties by label, so the order is stable). */
    List<LabelScore> scores(String text) {
        double[] probabilities = rawProbabilities(text);
        double[] scaled = scale(probabilities, temperature);
        List<LabelScore> scores = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            scores.add(new LabelScore(labels[i], scaled[i]));
        }
        scores.sort(Comparator.comparingDouble(LabelScore::confidence).reversed().thenComparing(LabelScore::label));
        return scores;
    }

    /** The model's own softmax output in {@link #labels()} order, before temperature scaling. */
    double[] rawProbabilities(String text) {
        Prediction<Label> prediction = model.predict(example(tfidf, text, LabelFactory.UNKNOWN_LABEL));
        Map<String, Label> outputs = prediction.getOutputScores();
        double[] probabilities = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            Label scored = outputs.get(labels[i]);
            probabilities[i] = scored == null ? 0.0 : scored.getScore();
        }
        return probabilities;
    }

    /** Softmax with temperature T applied to probabilities: p_i^(1/T), renormalised (equal to softmax(z / T)). */
    static double[] scale(double[] probabilities, double temperature) {
        double[] logs = new double[probabilities.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(Math.max(probabilities[i], 1e-300)) / temperature;
            max = Math.max(max, logs[i]);
        }
        double sum = 0;
        double[] scaled = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            scaled[i] = Math.exp(logs[i] - max);
            sum += scaled[i];
        }
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] /= sum;
        }
        return scaled;
    }

    /** The labels the model knows, sorted. */
    String[] labels() {
        return labels.clone();
    }

    double temperature() {
        return temperature;
    }

    @Override
    public String modelVersion() {
        return version;
    }

    /** Writes the model to a temporary file beside {@code file}, then moves it into place in one step. */
    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(version);
                out.writeDouble(temperature);
                tfidf.write(out);
                byte[] tribuo = model.serialize().toByteArray();
                out.writeInt(tribuo.length);
                out.write(tribuo);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reads a model saved by {@link #save}. Tribuo's protobuf format, not Java serialisation: the
     * file lives in a user-writable folder, and protobuf parsing cannot run code.
     */
    static TribuoClassifier load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
                throw new IOException("not a TalentSync classifier file (or an older format): " + file);
            }
            String version = in.readUTF();
            double temperature = in.readDouble();
            TfIdf tfidf = TfIdf.read(in);
            int length = in.readInt();
            if (length <= 0 || length > 1 << 30) {
                throw new IOException("implausible model size " + length + " in " + file);
            }
            byte[] tribuo = in.readNBytes(length);
            if (tribuo.length != length) {
                throw new IOException("truncated classifier file: " + file);
            }
            Model<Label> model = Model.deserialize(ModelProto.parseFrom(tribuo)).castModel(Label.class);
            return new TribuoClassifier(model, tfidf, temperature, version);
        } catch (RuntimeException e) {
            // Tribuo and protobuf report a damaged file with unchecked exceptions.
            throw new IOException("damaged classifier file " + file + ": " + e.getMessage(), e);
        }
    }
}
