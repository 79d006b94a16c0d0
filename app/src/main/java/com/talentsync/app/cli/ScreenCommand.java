package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.talentsync.core.match.PreparedJob;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.match.source.JobAd;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.screen.DuplicateGroup;
import com.talentsync.core.screen.FailedFile;
import com.talentsync.core.screen.ScreenResult;
import com.talentsync.core.screen.ScreenSummary;
import com.talentsync.core.screen.export.RankingCsv;
import com.talentsync.core.screen.export.ReportEntry;
import com.talentsync.core.screen.export.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code talentsync screen --jd JD [--out ranking.csv] [--json] [--blind] PATH...}: ranks a
 * folder, ZIP or files of resumes against one job ad, on all cores, nothing stored.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Rank many resumes (folders, ZIP archives or files) against one job ad, best first (nothing is stored).")
final class ScreenCommand extends Subcommand {

    @Option(names = "--jd", required = true, paramLabel = "JD", description = "The job ad: a file or an http(s) URL.")
    private String jobAd;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the ranking as CSV to FILE.")
    private Path csv;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    @Option(names = "--blind", description = "Hide who the candidates are (names, contact details, pronouns) in every output.")
    private boolean blind;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders, ZIP archives or resume files.")
    private List<Path> inputs;

    @Override
    public Integer call() throws JsonProcessingException {
        ScreenResult result;
        String title;
        List<String> requiredSkills;
        try {
            JobAd job = root().services().jobAdLoader().load(jobAd);
            ResumeMatcher matcher = root().services().resumeMatcher();
            PreparedJob prepared = matcher.prepare(job.text());
            title = prepared.description().title();
            requiredSkills = prepared.description().requiredSkills();
            result = root().services().screeningService()
                    .screen(inputs, analysis -> matcher.match(analysis, prepared), (done, total, file) -> {}, () -> false);
        } catch (InputException problem) {
            err().println("talentsync: " + problem.getMessage());
            return ExitCodes.INPUT;
        }
        if (csv != null) {
            try {
                RankingCsv.write(result.ranking().stream().map(ReportEntry::of).toList(),
                        new ReportOptions(title, requiredSkills, blind, Instant.now()), csv);
            } catch (IOException e) {
                err().println("talentsync: could not write " + csv + ": " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        if (json) {
            out().println(Json.pretty(toJson(result)));
        } else {
            print(out(), result, title);
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> toJson(ScreenResult result) {
        ScreenSummary summary = ScreenSummary.of(result, blind);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", summary.count());
        json.put("failed", summary.failed());
        json.put("elapsedMs", summary.elapsedMs());
        json.put("ranking", summary.ranking());
        if (!blind) {
            // Duplicate groups name files, and file names often name the candidate.
            json.put("duplicates", result.duplicates());
        }
        return json;
    }

    private void print(PrintWriter out, ScreenResult result, String title) {
        ScreenSummary summary = ScreenSummary.of(result, blind);
        out.printf(Locale.ROOT, "%d resumes ranked against %s in %.1f s%n%n", summary.count(),
                title.isBlank() ? "the job ad" : title, summary.elapsedMs() / 1000.0);
        int position = 0;
        for (ScreenSummary.Line line : summary.ranking()) {
            position++;
            out.printf(Locale.ROOT, "%4d. %3d  %-28s %-26s %s%n", position, line.score(),
                    line.name().isBlank() ? "(no name found)" : line.name(), line.category(), line.file());
        }
        if (!result.duplicates().isEmpty()) {
            out.println();
            if (blind) {
                out.println(result.duplicates().size() + " duplicate groups were left out of the ranking.");
            } else {
                out.println("Duplicates (not ranked):");
                for (DuplicateGroup group : result.duplicates()) {
                    out.println("  " + String.join(", ", group.duplicates()) + (group.identical() ? " = " : " ≈ ")
                            + group.kept());
                }
            }
        }
        if (!summary.failed().isEmpty()) {
            out.println();
            out.println("Could not read:");
            for (FailedFile failed : summary.failed()) {
                out.println("  " + failed.file() + ": " + failed.error());
            }
        }
    }
}
