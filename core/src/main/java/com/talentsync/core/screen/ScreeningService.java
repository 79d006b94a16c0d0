package com.talentsync.core.screen;

import com.talentsync.core.match.PreparedJob;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.resume.DocumentReader;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Reads folders, files and ZIP archives of resumes in parallel, analyses and scores each
 * against one job, groups duplicates and ranks the rest. Nothing is stored here.
 */
public final class ScreeningService {

    private final DocumentReader reader;
    private final Supplier<ResumeAnalyzer> analyzer;
    private final ResumeMatcher matcher;
    private final int threads;

    /** @param threads workers for reading and scoring; the number of cores is a good choice */
    public ScreeningService(DocumentReader reader, Supplier<ResumeAnalyzer> analyzer, ResumeMatcher matcher,
            int threads) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.threads = Math.max(1, threads);
    }

    /**
     * Screens every resume under {@code inputs} (folders are walked, ZIPs opened safely).
     *
     * @throws InputException when an input itself is missing or of a kind not accepted; a bad
     *     file inside a folder or archive is reported in {@link ScreenResult#failed()} instead
     */
    public ScreenResult screen(List<Path> inputs, PreparedJob job, ScreenListener listener, BooleanSupplier cancelled)
            throws InputException {
        throw new UnsupportedOperationException("not built yet");
    }
}
