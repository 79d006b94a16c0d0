package com.talentsync.core.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Trains a {@link TribuoClassifier}: TF-IDF features, multinomial logistic regression by SGD. */
final class ClassifierTrainer {

    /**
     * Everything that decides the trained model besides the documents; part of the cache key.
     *
     * @param seed            generator and SGD seed: the same settings and corpus give the same model
     * @param docsPerCategory synthetic resumes generated per category (shipped corpus only)
     * @param epochs          passes over the training set
     * @param learningRate    AdaGrad's initial rate
     * @param minDf           a term must occur in this many training documents to become a feature
     * @param maxTerms        vocabulary cap, keeping the most widespread terms
     */
    record Settings(long seed, int docsPerCategory, int epochs, double learningRate, int minDf, int maxTerms) {

        static final Settings SHIPPED = new Settings(20_260_301L, 260, 6, 0.5, 3, 20_000);

        /** User CSVs are small and real: keep rare terms, as one resume per label may be all there is. */
        static Settings forUserData(int documents) {
            return new Settings(20_260_301L, 0, 12, 0.5, documents >= 200 ? 2 : 1, 20_000);
        }
    }

    /**
     * Tribuo logs each training run at INFO through java.util.logging, which nothing routes to our
     * log file: on the command line those lines would land on stderr. Held in a field because JUL
     * keeps only weak references to loggers, and a collected logger forgets its level.
     */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    static {
        TRIBUO_LOG.setLevel(Level.WARNING);
    }

    private ClassifierTrainer() {}

    /**
     * Trains on {@code training}; fits the softmax temperature on {@code calibration} when given
     * (an empty list keeps the model's own probabilities).
     */
    static TribuoClassifier train(List<LabeledText> training, List<LabeledText> calibration, Settings settings,
            String version) {
        List<List<String>> terms = new ArrayList<>(training.size());
        for (LabeledText document : training) {
            terms.add(Tokenizer.terms(document.text()));
        }
        TfIdf tfidf = TfIdf.fit(terms, settings.minDf(), settings.maxTerms());
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("talentsync classifier training set", factory), factory);
        for (LabeledText document : training) {
            dataset.add(TribuoClassifier.example(tfidf, document.text(), new Label(document.label())));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(settings.learningRate(), 0.1),
                settings.epochs(), Integer.MAX_VALUE, 1, settings.seed());
        LinearSGDModel model = trainer.train(dataset);
        TribuoClassifier uncalibrated = new TribuoClassifier(model, tfidf, 1.0, version);
        if (calibration.isEmpty()) {
            return uncalibrated;
        }
        double temperature = fitTemperature(uncalibrated, calibration);
        return new TribuoClassifier(model, tfidf, temperature, version);
    }

    /**
     * Temperature scaling (Guo et al., 2017): the single T in [0.25, 8] that minimises the negative
     * log-likelihood of the held-out labels under softmax(z / T). One parameter, so it changes
     * confidence, never which label ranks first.
     */
    static double fitTemperature(TribuoClassifier classifier, List<LabeledText> heldOut) {
        List<String> labels = Arrays.asList(classifier.labels());
        List<double[]> probabilities = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (LabeledText document : heldOut) {
            int index = labels.indexOf(document.label());
            if (index >= 0) {
                probabilities.add(classifier.rawProbabilities(document.text()));
                truth.add(index);
            }
        }
        if (truth.isEmpty()) {
            return 1.0;
        }
        // Golden-section search on log T; the NLL is convex in 1/T, so unimodal here.
        double low = Math.log(0.25);
        double high = Math.log(8.0);
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 40; i++) {
            double a = high - ratio * (high - low);
            double b = low + ratio * (high - low);
            if (negativeLogLikelihood(probabilities, truth, Math.exp(a))
                    < negativeLogLikelihood(probabilities, truth, Math.exp(b))) {
                high = b;
            } else {
                low = a;
            }
        }
        return Math.exp((low + high) / 2);
    }

    private static double negativeLogLikelihood(List<double[]> probabilities, List<Integer> truth, double temperature) {
        double sum = 0;
        for (int i = 0; i < truth.size(); i++) {
            double p = TribuoClassifier.scale(probabilities.get(i), temperature)[truth.get(i)];
            sum -= Math.log(Math.max(p, 1e-300));
        }
        return sum;
    }
}
