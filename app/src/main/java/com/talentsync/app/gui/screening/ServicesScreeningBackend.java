package com.talentsync.app.gui.screening;

import static com.talentsync.app.gui.JobAdServices.database;

import com.talentsync.app.AppServices;
import com.talentsync.app.gui.JobAdServices;
import com.talentsync.core.match.PreparedJob;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.privacy.BlindMask;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.screen.CandidateStatus;
import com.talentsync.core.screen.ScreenListener;
import com.talentsync.core.screen.ScreenResult;
import com.talentsync.core.screen.ScreenedResume;
import com.talentsync.core.screen.export.RankingCsv;
import com.talentsync.core.screen.export.RankingHtmlReport;
import com.talentsync.core.screen.export.RankingPdfReport;
import com.talentsync.core.screen.export.ReportEntry;
import com.talentsync.core.screen.export.ReportOptions;
import com.talentsync.core.store.StoredCandidate;
import com.talentsync.core.store.StoredJob;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The Screening screen's backend over the app's core services; called on worker threads only. */
public final class ServicesScreeningBackend implements ScreeningBackend {

    private final AppServices services;
    private final JobAdServices jobAds;
    private final BlindMask mask = new BlindMask();

    public ServicesScreeningBackend(AppServices services) {
        this.services = services;
        this.jobAds = new JobAdServices(services);
    }

    @Override
    public List<StoredJob> jobs() {
        return database(() -> services.jobRepository().list());
    }

    @Override
    public StoredJob addJob(String text) throws InputException {
        return jobAds.store(services.jobAdLoader().fromText(text));
    }

    @Override
    public StoredJob loadJob(String pathOrUrl) throws InputException {
        return jobAds.store(services.jobAdLoader().load(pathOrUrl));
    }

    @Override
    public List<String> mustHaves(long jobId) {
        return jobAds.prepared(job(jobId).text()).description().requiredSkills();
    }

    @Override
    public ScreenResult screen(long jobId, List<Path> inputs, ScreenListener listener, BooleanSupplier cancelled)
            throws InputException {
        PreparedJob job = jobAds.prepared(job(jobId).text());
        ResumeMatcher matcher = services.resumeMatcher();
        ScreenResult result = services.screeningService()
                .screen(inputs, analysis -> matcher.match(analysis, job), listener, cancelled);
        database(() -> services.screeningRepository().saveRun(jobId, result.ranking()));
        return result;
    }

    @Override
    public List<Candidate> candidates(long jobId) {
        List<StoredCandidate> stored = database(() -> services.screeningRepository().candidates(jobId));
        List<Candidate> candidates = new ArrayList<>(stored.size());
        for (StoredCandidate candidate : stored) {
            candidates.add(new Candidate(candidates.size() + 1, candidate.resume(), candidate.status(), candidate.notes()));
        }
        return candidates;
    }

    @Override
    public void setStatus(long jobId, String sha256, CandidateStatus status) {
        database(() -> services.screeningRepository().setStatus(jobId, sha256, status));
    }

    @Override
    public void setNotes(long jobId, String sha256, String notes) {
        database(() -> services.screeningRepository().setNotes(jobId, sha256, notes));
    }

    @Override
    public void export(long jobId, Path file, ExportFormat format, boolean blind, List<Candidate> rows)
            throws IOException {
        StoredJob job = job(jobId);
        ReportOptions options = new ReportOptions(job.label(), mustHaves(jobId), blind, Instant.now());
        List<ReportEntry> entries = rows.stream()
                .map(row -> new ReportEntry(row.resume(), row.status(), row.notes()))
                .toList();
        switch (format) {
            case CSV -> RankingCsv.write(entries, options, file);
            case HTML -> RankingHtmlReport.write(entries, options, file);
            case PDF -> RankingPdfReport.write(entries, options, file);
        }
    }

    @Override
    public String maskedText(ScreenedResume resume) {
        return mask.mask(resume.text(), resume.analysis().facts().contact());
    }

    private StoredJob job(long jobId) {
        return database(() -> services.jobRepository().find(jobId))
                .orElseThrow(() -> new IllegalStateException("the job ad was deleted; pick another one"));
    }
}
