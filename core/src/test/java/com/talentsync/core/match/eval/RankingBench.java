package com.talentsync.core.match.eval;

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

/**
 * Not a test: prints the ranking check per ad and its means, until {@code talentsync eval rank}
 * does. Same set-up as {@link SharedRankingTest}.
 *
 * <pre>java -cp "core/target/test-classes:core/target/classes:$(cat /tmp/cp-talentsync-core.txt)" \
 *     com.talentsync.core.match.eval.RankingBench eval/job-ads ../shared/data/updated-resume-dataset/UpdatedResumeDataSet_dedup.csv</pre>
 */
public final class RankingBench {

    private RankingBench() {}

    public static void main(String[] args) throws Exception {
        SkillTaxonomy taxonomy = SkillTaxonomy.shipped();
        ResumeAnalyzer analyzer = new ResumeAnalyzer(new RuleBasedResumeExtractor(), new SkillFinder(taxonomy),
                taxonomy.version(), SharedRankingTest.NO_CATEGORY, new ResumeReviewer(),
                Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
        RankingReport report = RankingEvaluation.run(LabelledJob.readFolder(Path.of(args[0])),
                LabelledResume.readCsv(Path.of(args[1])), analyzer, new ResumeMatcher(taxonomy, new MiniLmEmbedder()),
                RankingEvaluation.Progress.NONE);
        for (JobRanking job : report.jobs()) {
            System.out.printf("%-28s relevant %2d  P@5 %.2f  nDCG@10 %.2f  top 5 %s%n", job.job(), job.relevant(),
                    job.precisionAt5(), job.ndcgAt10(), job.top().subList(0, Math.min(5, job.top().size())));
        }
        System.out.printf("%d ads x %d resumes: mean precision@5 %.3f, mean nDCG@10 %.3f%n", report.jobs().size(),
                report.resumes(), report.meanPrecisionAt5(), report.meanNdcgAt10());
    }
}
