package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.talentsync.core.resume.ExtractedDocument;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.layout.DocumentLayout;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code talentsync analyze FILE [--json]}: reads a file with Tika without storing it. Later
 * capabilities add fields to the same JSON object; the existing names stay.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read a resume file and print what was found in it: contact details, sections,"
                + " experience, education, skills, job category and a review (nothing is stored).")
final class AnalyzeCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "A pdf, docx, doc, rtf, odt, html or txt file.")
    private Path file;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = out();
        ExtractedDocument document;
        try {
            document = root().services().documentReader().read(file);
        } catch (InputException problem) {
            err().println("talentsync: " + problem.getMessage());
            return ExitCodes.INPUT;
        }
        DocumentLayout layout = root().services().layoutProbe().probe(file, document.mediaType());
        ResumeAnalysis analysis = root().services().resumeAnalyzer().analyze(document.text(), layout);
        if (json) {
            out.println(Json.pretty(AnalysisJson.of(document, analysis)));
        } else {
            AnalysisReport.print(out, document, analysis);
        }
        return ExitCodes.OK;
    }
}
