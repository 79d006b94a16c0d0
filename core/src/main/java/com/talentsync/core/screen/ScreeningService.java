package com.talentsync.core.screen;

import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.DocumentReader;
import com.talentsync.core.resume.ExtractedDocument;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import com.talentsync.core.resume.layout.DocumentLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads folders, files and ZIP archives of resumes in parallel, analyses and scores each
 * against one job, groups duplicates and ranks the rest. Nothing is stored here.
 *
 * <p>Each worker reads, analyses and scores one file at a time and keeps only the
 * {@link ScreenedResume} (text, analysis, score); the parsed document is dropped at once, so
 * memory grows with the resumes' text, not with their files. Thread-safe: one service may run
 * several screenings at a time, each with its own workers.
 */
public final class ScreeningService {

    private static final Logger log = LoggerFactory.getLogger(ScreeningService.class);
    private static final int MAX_REASON_CHARS = 160;
    /** How long a cancelled or finished run waits for workers still busy with a file. */
    private static final long DRAIN_SECONDS = 120;

    private final DocumentReader reader;
    private final Supplier<ResumeAnalyzer> analyzer;
    private final int threads;
    private final ArchiveLimits archiveLimits;
    private final Optional<Path> tempParent;

    /** @param threads workers for reading and scoring; the number of cores is a good choice */
    public ScreeningService(DocumentReader reader, Supplier<ResumeAnalyzer> analyzer, int threads) {
        this(reader, analyzer, threads, ArchiveLimits.defaults());
    }

    public ScreeningService(DocumentReader reader, Supplier<ResumeAnalyzer> analyzer, int threads,
            ArchiveLimits archiveLimits) {
        this(reader, analyzer, threads, archiveLimits, Optional.empty());
    }

    /** @param tempParent where archives are unpacked (tests); empty for the system's temporary folder */
    ScreeningService(DocumentReader reader, Supplier<ResumeAnalyzer> analyzer, int threads,
            ArchiveLimits archiveLimits, Optional<Path> tempParent) {
        this.tempParent = Objects.requireNonNull(tempParent, "tempParent");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.threads = Math.max(1, threads);
        this.archiveLimits = Objects.requireNonNull(archiveLimits, "archiveLimits");
    }

    /**
     * Screens every resume under {@code inputs} (folders are walked, ZIPs opened safely).
     *
     * @param scorer    scores one analysis against the job, e.g.
     *                  {@code analysis -> matcher.match(analysis, preparedJob)}; called from workers
     * @param listener  told after each file; {@code total} counts the files to read
     * @param cancelled checked before each file; once true, files not started are skipped and
     *                  the result holds what was done, marked cancelled
     * @throws InputException when an input itself is missing or of a kind not accepted; a bad
     *     file inside a folder or archive is reported in {@link ScreenResult#failed()} instead
     */
    public ScreenResult screen(List<Path> inputs, ResumeScorer scorer, ScreenListener listener,
            BooleanSupplier cancelled) throws InputException {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancelled, "cancelled");
        long start = System.nanoTime();
        try (CollectedInputs collected = new InputCollector(archiveLimits, tempParent).collect(inputs)) {
            Run run = new Run(collected.files(), analyzer.get(), scorer, listener, cancelled);
            run.execute();
            List<FailedFile> failed = new ArrayList<>(collected.failed());
            failed.addAll(run.failed());
            failed.sort(Comparator.comparing(FailedFile::file));
            DuplicateFinder.Grouping grouping = DuplicateFinder.group(run.screened());
            List<ScreenedResume> ranking = grouping.kept().stream().sorted(RankingColumn.BEST_FIRST).toList();
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            log.info("screened {} files in {} ms: {} ranked, {} failed, {} duplicate groups{}", collected.files().size(),
                    elapsedMs, ranking.size(), failed.size(), grouping.groups().size(),
                    run.wasCancelled() ? " (cancelled)" : "");
            return new ScreenResult(ranking.size(), failed, elapsedMs, ranking, grouping.groups(), run.wasCancelled());
        }
    }

    /** What one file came to. */
    private sealed interface Outcome {
        record Screened(DuplicateFinder.Sketched resume) implements Outcome {}

        record Failed(FailedFile file) implements Outcome {}

        record Skipped() implements Outcome {}
    }

    /** One screening's workers and their results. */
    private final class Run {
        private final List<InputFile> files;
        private final ResumeAnalyzer resumeAnalyzer;
        private final ResumeScorer scorer;
        private final ScreenListener listener;
        private final BooleanSupplier cancelled;
        private final AtomicReferenceArray<Outcome> outcomes;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicBoolean stopped = new AtomicBoolean();

        Run(List<InputFile> files, ResumeAnalyzer resumeAnalyzer, ResumeScorer scorer, ScreenListener listener,
                BooleanSupplier cancelled) {
            this.files = files;
            this.resumeAnalyzer = Objects.requireNonNull(resumeAnalyzer, "analyzer");
            this.scorer = scorer;
            this.listener = listener;
            this.cancelled = cancelled;
            this.outcomes = new AtomicReferenceArray<>(files.size());
        }

        void execute() {
            if (files.isEmpty()) {
                return;
            }
            int workers = Math.min(threads, files.size());
            ExecutorService executor = Executors.newFixedThreadPool(workers, namedThreads());
            try {
                List<Future<?>> futures = new ArrayList<>(files.size());
                for (int i = 0; i < files.size(); i++) {
                    int index = i;
                    futures.add(executor.submit(() -> outcomes.set(index, process(files.get(index)))));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                // The caller's thread was interrupted: a cancel by other means; keep what is done.
                stopped.set(true);
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // process() catches every exception; only an Error (out of memory) gets here.
                stopped.set(true);
                throw new IllegalStateException("screening stopped: " + e.getCause(), e.getCause());
            } finally {
                executor.shutdownNow();
                awaitWorkers(executor);
            }
        }

        private Outcome process(InputFile file) {
            if (stopped.get() || cancelled.getAsBoolean()) {
                stopped.set(true);
                return new Outcome.Skipped();
            }
            Outcome outcome = screenOne(file);
            int finished = done.incrementAndGet();
            try {
                listener.progress(finished, files.size(), file.display());
            } catch (RuntimeException e) {
                log.warn("screen listener failed on {}", file.display(), e);
            }
            return outcome;
        }

        private Outcome screenOne(InputFile file) {
            try {
                ExtractedDocument document = reader.read(file.path());
                ResumeAnalysis analysis = resumeAnalyzer.analyze(document.text(), DocumentLayout.unknown());
                MatchResult match = Objects.requireNonNull(scorer.score(analysis), "the scorer returned no result");
                ScreenedResume resume = new ScreenedResume(file.display(), document.sha256(), document.text(),
                        analysis, match);
                return new Outcome.Screened(new DuplicateFinder.Sketched(resume, TextSignature.of(document.text())));
            } catch (InputException e) {
                return new Outcome.Failed(new FailedFile(file.display(), e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                log.warn("unexpected failure screening {}", file.display(), e);
                return new Outcome.Failed(new FailedFile(file.display(), "could not read: " + shortReason(e)));
            }
        }

        List<DuplicateFinder.Sketched> screened() {
            List<DuplicateFinder.Sketched> screened = new ArrayList<>();
            for (int i = 0; i < outcomes.length(); i++) {
                if (outcomes.get(i) instanceof Outcome.Screened(DuplicateFinder.Sketched resume)) {
                    screened.add(resume);
                }
            }
            return screened;
        }

        List<FailedFile> failed() {
            List<FailedFile> failed = new ArrayList<>();
            for (int i = 0; i < outcomes.length(); i++) {
                if (outcomes.get(i) instanceof Outcome.Failed(FailedFile file)) {
                    failed.add(file);
                }
            }
            return failed;
        }

        boolean wasCancelled() {
            return stopped.get();
        }
    }

    private static void awaitWorkers(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                log.warn("screening workers still busy after {} s; unpacked files are removed regardless",
                        DRAIN_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "screen-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The first line of what went wrong, short enough for a table cell. */
    static String shortReason(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().strip().replaceAll("\\s+", " ");
        return message.length() <= MAX_REASON_CHARS ? message : message.substring(0, MAX_REASON_CHARS - 1) + "…";
    }
}
