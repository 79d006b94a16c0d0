package com.talentsync.core.resume.analysis;

import com.talentsync.core.classify.CategoryPrediction;
import com.talentsync.core.classify.ResumeClassifier;
import com.talentsync.core.resume.extract.ResumeExtractor;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.layout.DocumentLayout;
import com.talentsync.core.resume.review.Review;
import com.talentsync.core.resume.review.ResumeReviewer;
import com.talentsync.core.resume.skills.FoundSkill;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.store.AnalysisStamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the whole analysis of one resume text: extraction, skills, category, review. Pure and
 * thread-safe when its parts are; storing results is {@link ResumeAnalysisService}'s job.
 */
public final class ResumeAnalyzer {

    private final ResumeExtractor extractor;
    private final SkillFinder skillFinder;
    private final String taxonomyVersion;
    private final ResumeClassifier classifier;
    private final ResumeReviewer reviewer;
    private final Clock clock;

    public ResumeAnalyzer(ResumeExtractor extractor, SkillFinder skillFinder, String taxonomyVersion,
            ResumeClassifier classifier, ResumeReviewer reviewer, Clock clock) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.skillFinder = Objects.requireNonNull(skillFinder, "skillFinder");
        this.taxonomyVersion = Objects.requireNonNull(taxonomyVersion, "taxonomyVersion");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The versions every analysis made now carries; a stored one with another stamp is stale. */
    public AnalysisStamp stamp() {
        return new AnalysisStamp(extractor.version(), taxonomyVersion, classifier.modelVersion(), ResumeReviewer.version());
    }

    /** @param layout what the file itself shows (pages, columns, ...); {@code DocumentLayout.unknown()} for pasted text */
    public ResumeAnalysis analyze(String text, DocumentLayout layout) {
        ResumeFacts facts = extractor.extract(text, LocalDate.now(clock));
        List<FoundSkill> skills = skillFinder.find(text, facts.sections());
        CategoryPrediction category = classifier.classify(text);
        Review review = reviewer.review(facts, layout, Optional.of(category.label()));
        return new ResumeAnalysis(facts, skills, category, review, stamp());
    }
}
