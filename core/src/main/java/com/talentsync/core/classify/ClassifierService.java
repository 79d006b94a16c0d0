package com.talentsync.core.classify;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job-category classifier's front door.
 *
 * <p>The shipped model is trained on first use from the corpus in the resources module and cached
 * in {@code <dataFolder>/models/classifier/shipped-<key>.tsmodel}. The key hashes the corpus,
 * the training settings and {@link #CODE_VERSION}, so an edited corpus or changed feature code
 * trains a new model instead of loading a stale one. A user can train a model on their own CSV
 * ({@code user.tsmodel}); while it exists, {@link #current()} uses it. Thread-safe.
 */
public final class ClassifierService {

    /** Bump when tokenizer, features or trainer change in a way that makes cached models stale. */
    static final String CODE_VERSION = "classify-1";
    static final String USER_MODEL = "user.tsmodel";
    private static final String SHIPPED_PREFIX = "shipped-";
    private static final String SUFFIX = ".tsmodel";
    private static final Logger LOG = LoggerFactory.getLogger(ClassifierService.class);

    private final Path modelFolder;
    private final Corpus.Source corpusSource;
    private final ClassifierTrainer.Settings settings;
    private TribuoClassifier shipped;
    private TribuoClassifier current;
    private int trainings;

    public ClassifierService(Path dataFolder) {
        this(dataFolder, Corpus.Source.classpath(), ClassifierTrainer.Settings.SHIPPED);
    }

    /** For tests: another corpus or cheaper settings. */
    ClassifierService(Path dataFolder, Corpus.Source corpusSource, ClassifierTrainer.Settings settings) {
        this.modelFolder = dataFolder.resolve("models").resolve("classifier");
        this.corpusSource = corpusSource;
        this.settings = settings;
    }

    /** The classifier to use: the user-trained one if present, else the shipped one (trained on first use). */
    public synchronized ResumeClassifier current() {
        if (current == null) {
            current = loadUserModel().orElseGet(this::shippedModel);
        }
        return current;
    }

    /** The shipped classifier, even while a user-trained one exists. */
    public synchronized ResumeClassifier shipped() {
        return shippedModel();
    }

    /** Whether {@link #current()} will first have to train the shipped model (several seconds). */
    public synchronized boolean needsTraining() {
        return current == null && shipped == null && !hasUserModel() && !Files.isRegularFile(shippedModelFile());
    }

    /** Whether a user-trained model replaces the shipped one. */
    public synchronized boolean hasUserModel() {
        return Files.isRegularFile(modelFolder.resolve(USER_MODEL));
    }

    /**
     * Trains a model on a CSV with columns {@code Category,Resume} (any label set, at least two
     * labels), saves it as the user model and makes it {@link #current()}. Repeated rows count once.
     */
    public synchronized TrainingReport trainFromCsv(Path csv) throws InputException {
        LabeledCsv.Rows read = LabeledCsv.read(csv);
        List<LabeledText> distinct = new ArrayList<>(new LinkedHashSet<>(read.rows()));
        Map<String, Integer> perLabel = new TreeMap<>();
        distinct.forEach(row -> perLabel.merge(row.label(), 1, Integer::sum));
        if (perLabel.size() < 2) {
            throw new InputException(InputError.Kind.UNSUPPORTED, csv.getFileName() + " has only one category ("
                    + perLabel.keySet().iterator().next() + "): a classifier needs at least two");
        }
        long start = System.nanoTime();
        String version = "user-" + hash(rowsFingerprint(distinct)).substring(0, 12);
        TribuoClassifier trained = ClassifierTrainer.train(distinct, List.of(),
                ClassifierTrainer.Settings.forUserData(distinct.size()), version);
        trainings++;
        Path file = modelFolder.resolve(USER_MODEL);
        try {
            trained.save(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the trained classifier to " + file, e);
        }
        current = trained;
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("trained user classifier {} on {} resumes, {} labels, in {} s", version, distinct.size(),
                perLabel.size(), String.format("%.1f", seconds));
        return new TrainingReport(distinct.size(), read.rows().size() - distinct.size(), read.blankRows(), perLabel,
                file, version, seconds);
    }

    /** Deletes the user-trained model, if any; {@link #current()} is the shipped model again. */
    public synchronized void reset() {
        try {
            Files.deleteIfExists(modelFolder.resolve(USER_MODEL));
            current = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the user classifier in " + modelFolder, e);
        }
    }

    /** Classifies every usable row of a CSV with columns {@code Category,Resume} and scores the result. */
    public EvaluationReport evaluate(ResumeClassifier classifier, Path csv) throws InputException {
        return evaluate(() -> classifier, csv);
    }

    /**
     * As {@link #evaluate(ResumeClassifier, Path)}, but asks for the classifier only once the CSV has
     * been read: a bad file is reported at once, not after the shipped model has been trained.
     */
    public EvaluationReport evaluate(Supplier<? extends ResumeClassifier> classifierSupplier, Path csv)
            throws InputException {
        List<LabeledText> rows = LabeledCsv.read(csv).rows();
        ResumeClassifier classifier = classifierSupplier.get();
        List<String> truth = new ArrayList<>(rows.size());
        List<CategoryPrediction> predictions = new ArrayList<>(rows.size());
        long start = System.nanoTime();
        for (LabeledText row : rows) {
            truth.add(row.label());
            predictions.add(classifier.classify(row.text()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return Evaluation.of(classifier.modelVersion(), truth, predictions, seconds);
    }

    /** Where models are kept: {@code <dataFolder>/models/classifier}. */
    public Path modelFolder() {
        return modelFolder;
    }

    /** The cached shipped model's file for the current corpus, settings and code. */
    synchronized Path shippedModelFile() {
        return modelFolder.resolve(SHIPPED_PREFIX + shippedKey(Corpus.load(corpusSource)) + SUFFIX);
    }

    /** How many models this service has trained: lets tests see that a cached model was reused. */
    synchronized int trainings() {
        return trainings;
    }

    private Optional<TribuoClassifier> loadUserModel() {
        Path file = modelFolder.resolve(USER_MODEL);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TribuoClassifier.load(file));
        } catch (IOException e) {
            LOG.warn("ignoring the unreadable user classifier {}; using the shipped one", file, e);
            return Optional.empty();
        }
    }

    private TribuoClassifier shippedModel() {
        if (shipped != null) {
            return shipped;
        }
        Corpus corpus = Corpus.load(corpusSource);
        String key = shippedKey(corpus);
        Path file = modelFolder.resolve(SHIPPED_PREFIX + key + SUFFIX);
        if (Files.isRegularFile(file)) {
            try {
                shipped = TribuoClassifier.load(file);
                return shipped;
            } catch (IOException e) {
                LOG.warn("cached classifier {} is unreadable; training it again", file, e);
            }
        }
        long start = System.nanoTime();
        List<LabeledText> training = new CorpusGenerator(corpus, settings.seed(), 0)
                .generate(settings.docsPerCategory());
        // Calibration documents: another seed and more borrowed content, so they are harder than
        // the training set, as real resumes are.
        List<LabeledText> calibration = new CorpusGenerator(corpus, settings.seed() + 1, 0.18)
                .generate(Math.max(10, settings.docsPerCategory() / 5));
        shipped = ClassifierTrainer.train(training, calibration, settings, "shipped-" + key.substring(0, 12));
        trainings++;
        LOG.info("trained the shipped classifier ({} documents, temperature {}) in {} s", training.size(),
                String.format("%.2f", shipped.temperature()), String.format("%.1f", (System.nanoTime() - start) / 1e9));
        try {
            shipped.save(file);
            deleteStaleShippedModels(file);
        } catch (IOException e) {
            LOG.warn("cannot cache the classifier in {}; it will be trained again next time", file, e);
        }
        return shipped;
    }

    /** 16 hex digits (64 bits) of the hash: plenty to tell cached models apart, short enough to read. */
    private String shippedKey(Corpus corpus) {
        return hash(CODE_VERSION + "\n" + settings + "\n" + corpus.sha256()).substring(0, 16);
    }

    private void deleteStaleShippedModels(Path keep) throws IOException {
        try (DirectoryStream<Path> models = Files.newDirectoryStream(modelFolder, SHIPPED_PREFIX + "*" + SUFFIX)) {
            for (Path model : models) {
                if (!model.equals(keep)) {
                    Files.deleteIfExists(model);
                }
            }
        }
    }

    private static String rowsFingerprint(List<LabeledText> rows) {
        StringBuilder all = new StringBuilder();
        for (LabeledText row : rows) {
            all.append(row.label()).append('\u0000').append(row.text()).append('\u0001');
        }
        return all.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
