package com.talentsync.core.match.eval;

import com.talentsync.core.match.MatchComponent;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.match.PreparedJob;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import com.talentsync.core.resume.layout.DocumentLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks ranking quality: every labelled resume is matched against every labelled job ad, and
 * for each ad the resumes of its category should come first. Reports precision at 5 and nDCG at
 * 10 per ad and their means. Deterministic: ties in score are broken by the resume's id.
 */
public final class RankingEvaluation {

    static final int PRECISION_AT = 5;
    static final int NDCG_AT = 10;

    /** Told how far the run is: {@code done} of {@code total} steps, and what is being done. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, message) -> { };

        void update(int done, int total, String message);
    }

    private RankingEvaluation() {}

    public static RankingReport run(List<LabelledJob> jobs, List<LabelledResume> resumes, ResumeAnalyzer analyzer,
                                    ResumeMatcher matcher, Progress progress) {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(progress, "progress");
        if (jobs.isEmpty() || resumes.isEmpty()) {
            throw new IllegalArgumentException("a ranking check needs at least one job ad and one resume");
        }
        int total = resumes.size() + jobs.size();
        List<ResumeAnalysis> analyses = new ArrayList<>(resumes.size());
        for (int i = 0; i < resumes.size(); i++) {
            progress.update(i, total, "analysing " + resumes.get(i).id());
            analyses.add(analyzer.analyze(resumes.get(i).text(), DocumentLayout.unknown()));
        }
        List<JobRanking> rankings = new ArrayList<>(jobs.size());
        for (int j = 0; j < jobs.size(); j++) {
            LabelledJob job = jobs.get(j);
            progress.update(resumes.size() + j, total, "ranking against " + job.name());
            rankings.add(rank(job, resumes, analyses, matcher));
        }
        progress.update(total, total, "done");
        double p5 = rankings.stream().mapToDouble(JobRanking::precisionAt5).average().orElse(0);
        double ndcg = rankings.stream().mapToDouble(JobRanking::ndcgAt10).average().orElse(0);
        return new RankingReport(rankings, resumes.size(), p5, ndcg);
    }

    private record Scored(LabelledResume resume, double score) {}

    private static JobRanking rank(LabelledJob job, List<LabelledResume> resumes, List<ResumeAnalysis> analyses,
                                   ResumeMatcher matcher) {
        PreparedJob prepared = matcher.prepare(job.text());
        List<Scored> scored = new ArrayList<>(resumes.size());
        for (int i = 0; i < resumes.size(); i++) {
            scored.add(new Scored(resumes.get(i), exactScore(matcher.match(analyses.get(i), prepared))));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.resume().id()));
        List<Boolean> relevant = scored.stream().map(s -> s.resume().category().equals(job.category())).toList();
        int relevantCount = (int) relevant.stream().filter(r -> r).count();
        List<String> top = scored.subList(0, Math.min(NDCG_AT, scored.size())).stream()
                .map(s -> s.resume().category()).toList();
        return new JobRanking(job.name(), job.category(), relevantCount, precisionAt(relevant, PRECISION_AT),
                ndcgAt(relevant, relevantCount, NDCG_AT), top);
    }

    /**
     * The score before rounding to a whole number, so that resumes the rounding would tie keep
     * the order their parts give them.
     */
    static double exactScore(MatchResult result) {
        double total = 0;
        for (MatchComponent c : result.components().values()) {
            total += c.weight() * c.score();
        }
        return total;
    }

    static double precisionAt(List<Boolean> ranked, int k) {
        int n = Math.min(k, ranked.size());
        int hits = 0;
        for (int i = 0; i < n; i++) {
            hits += ranked.get(i) ? 1 : 0;
        }
        return (double) hits / k;
    }

    /** Binary-relevance nDCG: gain 1 at rank i (from 1) is worth 1/log2(i+1). */
    static double ndcgAt(List<Boolean> ranked, int relevantCount, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (ranked.get(i)) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevantCount); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
