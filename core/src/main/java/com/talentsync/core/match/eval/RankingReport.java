package com.talentsync.core.match.eval;

import java.util.List;

/**
 * The result of ranking labelled resumes against labelled job ads.
 *
 * @param jobs                one line per ad, in the order given
 * @param resumes             how many resumes were ranked for each ad
 * @param meanPrecisionAt5    mean over the ads
 * @param meanNdcgAt10        mean over the ads
 */
public record RankingReport(List<JobRanking> jobs, int resumes, double meanPrecisionAt5, double meanNdcgAt10) {
    public RankingReport {
        jobs = List.copyOf(jobs);
    }
}
