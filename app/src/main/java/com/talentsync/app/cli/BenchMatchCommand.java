package com.talentsync.app.cli;

import com.talentsync.core.match.PreparedJob;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.match.source.JobAd;
import com.talentsync.core.resume.ExtractedDocument;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import com.talentsync.core.resume.layout.DocumentLayout;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * {@code talentsync bench match RESUME JD}: how long one match takes once models are loaded,
 * both the whole command's work and a re-score after an edit of the resume text.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Time matching one resume against one job ad after a warm-up: the whole match"
                + " (read, analyse, prepare the ad, score) and a re-score of edited text.")
final class BenchMatchCommand implements Callable<Integer> {

    @ParentCommand
    private BenchCommand bench;

    @Parameters(index = "0", paramLabel = "RESUME", description = "A resume file.")
    private Path resume;

    @Parameters(index = "1", paramLabel = "JD", description = "A job ad file or URL.")
    private String jobAd;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each kind (default: ${DEFAULT-VALUE}).")
    private int runs = 30;

    @Override
    public Integer call() {
        if (runs < 1) {
            bench.err().println("talentsync: --runs must be at least 1, was " + runs);
            return ExitCodes.USAGE;
        }
        var services = bench.root().services();
        ExtractedDocument document;
        JobAd job;
        long loadStart = System.nanoTime();
        try {
            document = services.documentReader().read(resume);
            job = services.jobAdLoader().load(jobAd);
        } catch (InputException problem) {
            bench.err().println("talentsync: " + problem.getMessage());
            return ExitCodes.INPUT;
        }
        ResumeAnalyzer analyzer = services.resumeAnalyzer();
        ResumeMatcher matcher = services.resumeMatcher();
        matcher.match(analyzer.analyze(document.text(), DocumentLayout.unknown()), matcher.prepare(job.text()));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        for (int i = 0; i < Math.max(5, runs / 3); i++) {
            wholeMatch(services, analyzer, matcher, job, i);
        }
        long[] whole = new long[runs];
        long[] rescore = new long[runs];
        PreparedJob prepared = matcher.prepare(job.text());
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            wholeMatch(services, analyzer, matcher, job, i);
            whole[i] = System.nanoTime() - start;
            // An edit changes one line; the rest of the text (and its embeddings) is as before.
            String edited = document.text() + "\nEdited line " + i + ": led a team of " + (i + 2) + " engineers.";
            start = System.nanoTime();
            ResumeAnalysis analysis = analyzer.analyze(edited, DocumentLayout.unknown());
            matcher.match(analysis, prepared);
            rescore[i] = System.nanoTime() - start;
        }
        PrintWriter out = bench.out();
        out.printf(Locale.ROOT, "resume %s (%d words), job ad %s; %d runs after warm-up%n", document.fileName(),
                document.wordCount(), jobAd, runs);
        out.printf(Locale.ROOT, "first match including model loads: %.2f s%n", loadSeconds);
        print(out, "whole match (read file, analyse, prepare ad, score)", whole);
        print(out, "re-score after an edit (analyse edited text, score)", rescore);
        return ExitCodes.OK;
    }

    private void wholeMatch(com.talentsync.app.AppServices services, ResumeAnalyzer analyzer, ResumeMatcher matcher,
            JobAd job, int run) {
        try {
            ExtractedDocument document = services.documentReader().read(resume);
            ResumeAnalysis analysis = analyzer.analyze(document.text(),
                    services.layoutProbe().probe(resume, document.mediaType()));
            matcher.match(analysis, matcher.prepare(job.text()));
        } catch (InputException unexpected) {
            throw new IllegalStateException("the resume became unreadable during run " + run, unexpected);
        }
    }

    private static void print(PrintWriter out, String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, max %.1f ms%n", label, sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.95))] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
