package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.talentsync.core.resume.ExtractedDocument;
import com.talentsync.core.resume.InputException;
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
        description = "Read a resume file and print what was found in it (nothing is stored).")
final class AnalyzeCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "A pdf, docx, doc, rtf, odt, html or txt file.")
    private Path file;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    /** The JSON contract of {@code analyze --json}. */
    record AnalysisJson(String file, String mediaType, String text, int wordCount, long sizeBytes, String sha256) {}

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
        if (json) {
            out.println(Json.pretty(new AnalysisJson(document.fileName(), document.mediaType(), document.text(),
                    document.wordCount(), document.sizeBytes(), document.sha256())));
        } else {
            out.printf("File:  %s%nType:  %s%nWords: %d%n%n%s%n",
                    document.fileName(), document.mediaType(), document.wordCount(), document.text());
        }
        return ExitCodes.OK;
    }
}
