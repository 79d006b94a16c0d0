package com.talentsync.app;

import com.talentsync.core.classify.ClassifierService;
import com.talentsync.core.embed.MiniLmEmbedder;
import com.talentsync.core.match.JobDescriptionParser;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.match.source.JobAdLoader;
import com.talentsync.core.resume.DefaultResumeLibrary;
import com.talentsync.core.resume.DocumentReader;
import com.talentsync.core.resume.ReaderLimits;
import com.talentsync.core.resume.ResumeLibrary;
import com.talentsync.core.resume.TikaDocumentReader;
import com.talentsync.core.resume.analysis.ResumeAnalysisService;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import com.talentsync.core.resume.extract.RuleBasedResumeExtractor;
import com.talentsync.core.resume.layout.LayoutProbe;
import com.talentsync.core.resume.review.ResumeReviewer;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import com.talentsync.core.screen.ScreeningService;
import com.talentsync.core.store.AnalysisRepository;
import com.talentsync.core.store.Database;
import com.talentsync.core.store.DatabaseInUseException;
import com.talentsync.core.store.JobRepository;
import com.talentsync.core.store.MatchHistoryRepository;
import com.talentsync.core.store.ResumeRepository;
import com.talentsync.core.store.ScreeningRepository;
import com.talentsync.core.store.SpeechAttemptRepository;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.speech.delivery.DeliveryAnalyzer;
import com.talentsync.speech.VoskSpeechService;
import com.talentsync.speech.mic.Microphone;
import com.talentsync.speech.vosk.SharedModel;
import com.talentsync.speech.vosk.SpeechModels;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root for everything below the UI: builds core services by hand, each at most
 * once and only when first asked, so the GUI can paint its first frame before Tika or H2 load.
 * Thread-safe; the GUI calls it from worker threads.
 */
public final class AppServices implements AutoCloseable {

    private final Path dataFolder;
    private final ReaderLimits readerLimits;
    private TikaDocumentReader documentReader;
    private Database database;
    private ResumeLibrary resumeLibrary;
    private ResumeRepository resumeRepository;
    private ClassifierService classifierService;
    private ResumeAnalyzer resumeAnalyzer;
    private ResumeAnalysisService analysisService;
    private final LayoutProbe layoutProbe = new LayoutProbe();
    private SkillTaxonomy taxonomy;
    private MiniLmEmbedder embedder;
    private ResumeMatcher resumeMatcher;
    private JobAdLoader jobAdLoader;
    private ScreeningService screeningService;
    private JobRepository jobRepository;
    private MatchHistoryRepository matchHistory;
    private ScreeningRepository screeningRepository;
    private SpeechAttemptRepository speechAttempts;
    private Optional<Path> speechModelChoice = Optional.empty();
    private VoskSpeechService speechService;
    private DeliveryAnalyzer deliveryAnalyzer;
    private boolean closed;

    public AppServices(Path dataFolder, int maxFileMb) {
        this.dataFolder = dataFolder;
        ReaderLimits defaults = ReaderLimits.defaults();
        this.readerLimits = new ReaderLimits(maxFileMb * 1024L * 1024L, defaults.maxTextChars());
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public ReaderLimits readerLimits() {
        return readerLimits;
    }

    public synchronized DocumentReader documentReader() {
        if (documentReader == null) {
            documentReader = new TikaDocumentReader(readerLimits);
        }
        return documentReader;
    }

    /** Loads Tika's parsers now (about half a second), so the user's first import does not wait for it. */
    public void warmUpReader() {
        TikaDocumentReader reader;
        synchronized (this) {
            documentReader();
            reader = documentReader;
        }
        reader.warmUp();
    }

    /**
     * Opens the database on first use.
     *
     * @throws DatabaseInUseException when another TalentSync holds the data folder
     */
    public synchronized ResumeLibrary resumeLibrary() throws DatabaseInUseException {
        if (closed) {
            throw new IllegalStateException("services are closed");
        }
        if (resumeLibrary == null) {
            resumeLibrary = new DefaultResumeLibrary(documentReader(), resumeRepository());
        }
        return resumeLibrary;
    }

    private ResumeRepository resumeRepository() throws DatabaseInUseException {
        if (closed) {
            throw new IllegalStateException("services are closed");
        }
        if (database == null) {
            database = Database.open(dataFolder);
            resumeRepository = new ResumeRepository(database);
        }
        return resumeRepository;
    }

    /** Stored job ads; opens the database on first use. */
    public synchronized JobRepository jobRepository() throws DatabaseInUseException {
        resumeRepository();
        if (jobRepository == null) {
            jobRepository = new JobRepository(database);
        }
        return jobRepository;
    }

    /** Past matches of library resumes, for the score-over-time chart. */
    public synchronized MatchHistoryRepository matchHistory() throws DatabaseInUseException {
        resumeRepository();
        if (matchHistory == null) {
            matchHistory = new MatchHistoryRepository(database);
        }
        return matchHistory;
    }

    /** Screenings per job, with the recruiter's status and notes per candidate. */
    public synchronized ScreeningRepository screeningRepository() throws DatabaseInUseException {
        resumeRepository();
        if (screeningRepository == null) {
            screeningRepository = new ScreeningRepository(database);
        }
        return screeningRepository;
    }

    /** The job-category models: the shipped one, or the user's own after {@code classifier train}. */
    public synchronized ClassifierService classifierService() {
        if (classifierService == null) {
            classifierService = new ClassifierService(dataFolder);
        }
        return classifierService;
    }

    /**
     * The analyzer for the current classifier; made again after the classifier was retrained or
     * reset, so the stamp on new analyses names the model that really made them.
     */
    public synchronized ResumeAnalyzer resumeAnalyzer() {
        var classifier = classifierService().current();
        if (resumeAnalyzer == null || !resumeAnalyzer.stamp().model().equals(classifier.modelVersion())) {
            SkillTaxonomy taxonomy = taxonomy();
            resumeAnalyzer = new ResumeAnalyzer(new RuleBasedResumeExtractor(), new SkillFinder(taxonomy),
                    taxonomy.version(), classifier, new ResumeReviewer(), Clock.systemDefaultZone());
        }
        return resumeAnalyzer;
    }

    /** The skills taxonomy, read once. */
    public synchronized SkillTaxonomy taxonomy() {
        if (taxonomy == null) {
            taxonomy = SkillTaxonomy.shipped();
        }
        return taxonomy;
    }

    /** The local sentence-embedding model; loads (about a second) on first use. */
    public synchronized MiniLmEmbedder textEmbedder() {
        if (embedder == null) {
            // The tokenizer's native library unpacks into the data folder, not a dot-folder in home.
            embedder = new MiniLmEmbedder(MiniLmEmbedder.DEFAULT_CACHE_SIZE,
                    Optional.of(dataFolder.resolve("models").resolve("djl")));
        }
        return embedder;
    }

    public synchronized ResumeMatcher resumeMatcher() {
        if (resumeMatcher == null) {
            resumeMatcher = new ResumeMatcher(taxonomy(), textEmbedder());
        }
        return resumeMatcher;
    }

    /** Job ads from pasted text, files or URLs. */
    public synchronized JobAdLoader jobAdLoader() {
        if (jobAdLoader == null) {
            jobAdLoader = new JobAdLoader(documentReader(), new JobDescriptionParser(new SkillFinder(taxonomy())));
        }
        return jobAdLoader;
    }

    /** Screening on every core: reading and scoring are CPU-bound. */
    public synchronized ScreeningService screeningService() {
        if (screeningService == null) {
            screeningService = new ScreeningService(documentReader(), this::resumeAnalyzer,
                    Runtime.getRuntime().availableProcessors());
        }
        return screeningService;
    }

    /**
     * Which Vosk model to use from now on: a folder or ZIP of the user's, or empty for the built-in
     * English model. A change takes effect at the next transcription; the old model is freed.
     */
    public synchronized void useSpeechModel(Optional<Path> folderOrZip) {
        if (!folderOrZip.equals(speechModelChoice)) {
            speechModelChoice = folderOrZip;
            if (speechService != null) {
                speechService.close();
                speechService = null;
            }
        }
    }

    /** Offline speech with the chosen model, loaded on first use (well under a second). */
    public synchronized VoskSpeechService speechService() {
        if (speechService == null) {
            speechService = speechServiceFor(speechModelChoice);
        }
        return speechService;
    }

    /** A speech service of its own for {@code folderOrZip} (empty: the built-in model); the caller closes it. */
    public VoskSpeechService speechServiceFor(Optional<Path> folderOrZip) {
        Path cache = speechModelCache();
        SharedModel model = new SharedModel(() -> folderOrZip.isPresent()
                ? SpeechModels.prepare(folderOrZip.get(), cache) : SpeechModels.defaultModel(cache));
        return new VoskSpeechService(model, new Microphone(), dataFolder.resolve("recordings"));
    }

    /** Checks a model folder or ZIP (unpacking a ZIP) and returns the folder that will be loaded. */
    public Path prepareSpeechModel(Path folderOrZip) throws InputException {
        return SpeechModels.prepare(folderOrZip, speechModelCache());
    }

    /** Where speech models are unpacked. */
    public Path speechModelCache() {
        return dataFolder.resolve("models").resolve("speech");
    }

    /** Pace, pauses and fillers of a transcript; pure and cheap. */
    public synchronized DeliveryAnalyzer deliveryAnalyzer() {
        if (deliveryAnalyzer == null) {
            deliveryAnalyzer = new DeliveryAnalyzer(); // reads its word lists: not before the first frame
        }
        return deliveryAnalyzer;
    }

    /** Spoken answers practised by voice; opens the database on first use. */
    public synchronized SpeechAttemptRepository speechAttempts() throws DatabaseInUseException {
        resumeRepository();
        if (speechAttempts == null) {
            speechAttempts = new SpeechAttemptRepository(database);
        }
        return speechAttempts;
    }

    public LayoutProbe layoutProbe() {
        return layoutProbe;
    }

    /** Stored analyses, made on demand and redone when the analyzer changed. */
    public synchronized ResumeAnalysisService analysisService() throws DatabaseInUseException {
        if (analysisService == null) {
            analysisService = new ResumeAnalysisService(resumeRepository(), new AnalysisRepository(database),
                    this::resumeAnalyzer, layoutProbe);
        }
        return analysisService;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (database != null) {
            database.close();
            database = null;
        }
        resumeLibrary = null;
        resumeRepository = null;
        analysisService = null;
        jobRepository = null;
        matchHistory = null;
        screeningRepository = null;
        speechAttempts = null;
        if (speechService != null) {
            speechService.close();
            speechService = null;
        }
    }
}
