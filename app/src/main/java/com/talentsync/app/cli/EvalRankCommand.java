package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.talentsync.core.match.eval.JobRanking;
import com.talentsync.core.match.eval.LabelledJob;
import com.talentsync.core.match.eval.LabelledResume;
import com.talentsync.core.match.eval.RankingEvaluation;
import com.talentsync.core.match.eval.RankingReport;
import com.talentsync.core.resume.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * {@code talentsync eval rank --jobs DIR CSV}: ranks every resume of a labelled CSV against
 * each job ad of a folder and reports precision@5 and nDCG@10 of same-category resumes.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Rank labelled resumes (CSV with Category and Resume columns) against job ads written for"
                + " those categories; print precision@5 and nDCG@10 per ad and their means.")
final class EvalRankCommand implements Callable<Integer> {

    @ParentCommand
    private EvalCommand eval;

    @Option(names = "--jobs", required = true, paramLabel = "DIR",
            description = "A folder of .txt job ads, each naming its category on a 'Category:' first line.")
    private Path jobsFolder;

    @Parameters(paramLabel = "CSV", description = "Labelled resumes: a CSV with a header and Category, Resume columns.")
    private Path csv;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        List<LabelledJob> jobs;
        List<LabelledResume> resumes;
        try {
            jobs = LabelledJob.readFolder(jobsFolder);
            resumes = LabelledResume.readCsv(csv);
        } catch (InputException problem) {
            eval.err().println("talentsync: " + problem.getMessage());
            return ExitCodes.INPUT;
        }
        if (jobs.isEmpty() || resumes.isEmpty()) {
            eval.err().println("talentsync: " + (jobs.isEmpty() ? jobsFolder + " has no job ads (.txt)" : csv + " has no resumes"));
            return ExitCodes.INPUT;
        }
        long start = System.nanoTime();
        RankingReport report = RankingEvaluation.run(jobs, resumes, eval.root().services().resumeAnalyzer(),
                eval.root().services().resumeMatcher(), RankingEvaluation.Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            eval.out().println(Json.pretty(report));
        } else {
            print(eval.out(), report, seconds);
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, RankingReport report, double seconds) {
        out.printf(Locale.ROOT, "%d job ads, %d resumes, %.1f s%n%n", report.jobs().size(), report.resumes(), seconds);
        out.printf(Locale.ROOT, "%-34s %8s %6s %8s  %s%n", "job ad (category)", "relevant", "P@5", "nDCG@10",
                "categories of the top 5");
        for (JobRanking job : report.jobs()) {
            out.printf(Locale.ROOT, "%-34s %8d %6.2f %8.3f  %s%n", shorten(job.category()), job.relevant(),
                    job.precisionAt5(), job.ndcgAt10(), String.join(", ", job.top().subList(0, Math.min(5, job.top().size()))));
        }
        out.printf(Locale.ROOT, "%nmean precision@5: %.3f%nmean nDCG@10:     %.3f%n", report.meanPrecisionAt5(),
                report.meanNdcgAt10());
    }

    private static String shorten(String text) {
        return text.length() <= 34 ? text : text.substring(0, 33) + "…";
    }
}
