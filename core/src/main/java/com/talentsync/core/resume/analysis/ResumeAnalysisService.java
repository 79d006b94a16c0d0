package com.talentsync.core.resume.analysis;

import com.talentsync.core.resume.layout.DocumentLayout;
import com.talentsync.core.resume.layout.LayoutProbe;
import com.talentsync.core.resume.SupportedFormat;
import com.talentsync.core.store.AnalysisRepository;
import com.talentsync.core.store.ResumeRepository;
import com.talentsync.core.store.StoredAnalysis;
import com.talentsync.core.store.StoredResume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Analyses of stored resumes: read from the database while they are current, made again (and
 * stored) when missing or made by an older extractor, taxonomy, model or reviewer.
 */
public final class ResumeAnalysisService {

    /** Told after each resume of a batch. */
    @FunctionalInterface
    public interface Progress {
        void done(int finished, int total);
    }

    private final ResumeRepository resumes;
    private final AnalysisRepository analyses;
    private final Supplier<ResumeAnalyzer> analyzer;
    private final LayoutProbe layoutProbe;

    /** @param analyzer built on first use: loading the model and taxonomy takes a moment */
    public ResumeAnalysisService(ResumeRepository resumes, AnalysisRepository analyses,
            Supplier<ResumeAnalyzer> analyzer, LayoutProbe layoutProbe) {
        this.resumes = resumes;
        this.analyses = analyses;
        this.analyzer = analyzer;
        this.layoutProbe = layoutProbe;
    }

    /** The current analysis of a stored resume, or empty when there is no such resume. */
    public Optional<ResumeAnalysis> analysisOf(long resumeId) {
        ResumeAnalyzer current = analyzer.get();
        Optional<ResumeAnalysis> stored = analyses.find(resumeId)
                .filter(row -> row.stamp().equals(current.stamp()))
                .map(StoredAnalysis::json)
                .flatMap(AnalysisCodec::fromJson);
        return stored.isPresent() ? stored : analyseAndStore(resumeId, current);
    }

    /** Re-analyses every resume whose analysis is missing or stale; returns how many were done. */
    public int reanalyseStale(Progress progress, BooleanSupplier cancelled) {
        if (resumes.count() == 0) {
            return 0; // nothing to redo: do not load (or first train) the model at start for nothing
        }
        ResumeAnalyzer current = analyzer.get();
        List<Long> stale = analyses.staleResumeIds(current.stamp());
        int done = 0;
        for (long id : stale) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            analyseAndStore(id, current);
            progress.done(++done, stale.size());
        }
        return done;
    }

    private Optional<ResumeAnalysis> analyseAndStore(long resumeId, ResumeAnalyzer current) {
        Optional<StoredResume> resume = resumes.findById(resumeId);
        Optional<String> text = resumes.extractedText(resumeId);
        if (resume.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        ResumeAnalysis analysis = current.analyze(text.get(), layoutOf(resume.get()));
        analyses.save(resumeId, analysis.stamp(), AnalysisCodec.toJson(analysis));
        return Optional.of(analysis);
    }

    /** The probe reads files, so the stored original goes to a temporary file for a moment. */
    private DocumentLayout layoutOf(StoredResume resume) {
        Optional<byte[]> bytes = resumes.originalBytes(resume.id());
        if (bytes.isEmpty()) {
            return DocumentLayout.unknown();
        }
        String suffix = "." + SupportedFormat.extensionOf(resume.fileName()).orElse("bin");
        try {
            Path file = Files.createTempFile("talentsync-layout", suffix);
            try {
                Files.write(file, bytes.get());
                return layoutProbe.probe(file, resume.mediaType());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not inspect the layout of " + resume.fileName(), e);
        }
    }
}
