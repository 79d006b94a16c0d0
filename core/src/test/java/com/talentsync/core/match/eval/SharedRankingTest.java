package com.talentsync.core.match.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.classify.CategoryPrediction;
import com.talentsync.core.classify.LabelScore;
import com.talentsync.core.classify.ResumeClassifier;
import com.talentsync.core.embed.MiniLmEmbedder;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import com.talentsync.core.resume.extract.RuleBasedResumeExtractor;
import com.talentsync.core.resume.review.ResumeReviewer;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Ranks the 166 unique resumes of the public Kaggle set against the project's 25 job ads, with
 * the real sentence model. A floor only, so that a regression fails; the figures go to the
 * test report. The ads are the project's own; the data is read where it lies, never copied.
 */
class SharedRankingTest {

    private static final String DATA = "shared/data/updated-resume-dataset/UpdatedResumeDataSet_dedup.csv";

    /** Matching never reads the category; a fixed one keeps the classifier's training out of this test. */
    static final ResumeClassifier NO_CATEGORY = new ResumeClassifier() {
        @Override
        public CategoryPrediction classify(String text) {
            return new CategoryPrediction("unknown", 0, List.of(new LabelScore("unknown", 0)));
        }

        @Override
        public String modelVersion() {
            return "none";
        }
    };

    @Test
    void sameCategoryResumesRankFirstForMostAds(TestReporter reporter) throws Exception {
        Optional<Path> csv = ProjectFiles.find(DATA);
        Optional<Path> ads = ProjectFiles.find("eval/job-ads");
        Assumptions.assumeTrue(csv.isPresent(), "shared evaluation data not found (looked for " + DATA + " beside the project)");
        Assumptions.assumeTrue(ads.isPresent(), "eval/job-ads not found");

        SkillTaxonomy taxonomy = SkillTaxonomy.shipped();
        ResumeAnalyzer analyzer = new ResumeAnalyzer(new RuleBasedResumeExtractor(), new SkillFinder(taxonomy),
                taxonomy.version(), NO_CATEGORY, new ResumeReviewer(),
                Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
        RankingReport report = RankingEvaluation.run(LabelledJob.readFolder(ads.get()),
                LabelledResume.readCsv(csv.get()), analyzer, new ResumeMatcher(taxonomy, new MiniLmEmbedder()),
                RankingEvaluation.Progress.NONE);

        reporter.publishEntry("ranking", String.format("%d ads x %d resumes: mean precision@5 %.3f, mean nDCG@10 %.3f",
                report.jobs().size(), report.resumes(), report.meanPrecisionAt5(), report.meanNdcgAt10()));
        assertThat(report.resumes()).isEqualTo(166);
        assertThat(report.jobs()).hasSize(25);
        assertThat(report.meanPrecisionAt5()).isGreaterThanOrEqualTo(0.6);
        assertThat(report.meanNdcgAt10()).isGreaterThanOrEqualTo(0.6);
    }
}
