package com.talentsync.app.gui.match;

import static com.talentsync.app.gui.JobAdServices.database;

import com.talentsync.app.AppServices;
import com.talentsync.app.gui.JobAdServices;
import com.talentsync.core.match.MatchCodec;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.match.PreparedJob;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.layout.DocumentLayout;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.store.StoredJob;
import com.talentsync.core.store.StoredMatch;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The Match screen's backend over the app's core services; called on worker threads only. */
public final class ServicesMatchBackend implements MatchBackend {

    private final AppServices services;
    private final JobAdServices jobAds;
    private volatile SkillFinder skillFinder;

    public ServicesMatchBackend(AppServices services) {
        this.services = services;
        this.jobAds = new JobAdServices(services);
    }

    @Override
    public void warmUp() {
        ResumeMatcher matcher = services.resumeMatcher();
        PreparedJob job = matcher.prepare("Software engineer. Requirements: Java, SQL. You will build services.");
        matcher.match(services.resumeAnalyzer().analyze("Engineer\nSkills\nJava", DocumentLayout.unknown()), job);
    }

    @Override
    public List<ResumeSummary> resumes() {
        return library().list("");
    }

    @Override
    public Optional<String> resumeText(long resumeId) {
        return library().extractedText(resumeId);
    }

    @Override
    public String readResumeFile(Path file) throws InputException {
        return services.documentReader().read(file).text();
    }

    @Override
    public List<StoredJob> jobs() {
        return database(() -> services.jobRepository().list());
    }

    @Override
    public StoredJob addJob(String text) {
        try {
            return jobAds.store(services.jobAdLoader().fromText(text));
        } catch (InputException problem) {
            throw new IllegalArgumentException(problem.getMessage(), problem);
        }
    }

    @Override
    public StoredJob addJobFromFile(Path file) throws InputException {
        return jobAds.store(services.jobAdLoader().fromFile(file));
    }

    @Override
    public StoredJob addJobFromUrl(URI address) throws InputException {
        return jobAds.store(services.jobAdLoader().fromUrl(address));
    }

    @Override
    public PreparedMatch match(String resumeText, String jobText) {
        ResumeMatcher matcher = services.resumeMatcher();
        PreparedJob job = jobAds.prepared(jobText);
        ResumeAnalysis analysis = services.resumeAnalyzer().analyze(resumeText, DocumentLayout.unknown());
        MatchResult result = matcher.match(analysis, job);
        SkillFinder finder = finder();
        return new PreparedMatch(result, finder.mentions(resumeText, analysis.facts().sections()),
                finder.mentions(jobText, List.of()));
    }

    @Override
    public void record(long resumeId, long jobId, MatchResult result, String resumeText) {
        database(() -> services.matchHistory().record(resumeId, jobId, result.score(), ResumeMatcher.version(),
                sha256(resumeText), MatchCodec.toJson(result)));
    }

    @Override
    public List<StoredMatch> history(long resumeId, long jobId) {
        return database(() -> services.matchHistory().history(resumeId, jobId));
    }

    private SkillFinder finder() {
        SkillFinder finder = skillFinder;
        if (finder == null) {
            finder = new SkillFinder(services.taxonomy());
            skillFinder = finder;
        }
        return finder;
    }

    private com.talentsync.core.resume.ResumeLibrary library() {
        return database(services::resumeLibrary);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
