package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.talentsync.core.match.MatchComponent;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.match.PreparedJob;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.match.source.JobAd;
import com.talentsync.core.resume.ExtractedDocument;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code talentsync match RESUME JD [--json]}: scores one resume file against one job ad, nothing stored. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Score a resume against a job ad (0-100) and explain every part of the score (nothing is stored).")
final class MatchCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "RESUME", description = "The resume: a pdf, docx, doc, rtf, odt, html or txt file.")
    private Path resume;

    @Parameters(index = "1", paramLabel = "JD", description = "The job ad: a file of the same kinds, or an http(s) URL.")
    private String jobAd;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        ExtractedDocument document;
        JobAd job;
        try {
            document = root().services().documentReader().read(resume);
            job = root().services().jobAdLoader().load(jobAd);
        } catch (InputException problem) {
            err().println("talentsync: " + problem.getMessage());
            return ExitCodes.INPUT;
        }
        ResumeAnalysis analysis = root().services().resumeAnalyzer()
                .analyze(document.text(), root().services().layoutProbe().probe(resume, document.mediaType()));
        ResumeMatcher matcher = root().services().resumeMatcher();
        PreparedJob prepared = matcher.prepare(job.text());
        MatchResult result = matcher.match(analysis, prepared);
        if (json) {
            out().println(Json.pretty(MatchJson.of(result, prepared.description().title(), job.company())));
        } else {
            print(out(), result, prepared.description().title(), document.fileName());
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, MatchResult result, String title, String resumeName) {
        out.printf(Locale.ROOT, "%s against %s: %d/100%n%n", resumeName, title.isBlank() ? "the job ad" : title,
                result.score());
        for (MatchComponent component : result.components().values()) {
            out.printf(Locale.ROOT, "  %-15s %3d  (weight %2.0f%%)  %s%n", component.name(), component.score(),
                    component.weight() * 100, component.explanation());
        }
        list(out, "Matched skills", result.matchedSkills());
        list(out, "Missing required skills", result.missingRequired());
        list(out, "Missing preferred skills", result.missingPreferred());
        list(out, "Missing keywords", result.missingKeywords());
        if (!result.suggestions().isEmpty()) {
            out.println();
            out.println("Suggestions:");
            result.suggestions().forEach(suggestion -> out.println("  - " + MatchJson.sentence(suggestion)));
        }
        if (!result.warnings().isEmpty()) {
            out.println();
            out.println("Noticed and ignored:");
            result.warnings().forEach(warning -> out.println("  - " + warning));
        }
    }

    private static void list(PrintWriter out, String label, List<String> values) {
        if (!values.isEmpty()) {
            out.println();
            out.println(label + ": " + String.join(", ", values));
        }
    }
}
