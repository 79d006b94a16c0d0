package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.talentsync.core.resume.ResumeSummary;
import com.talentsync.core.resume.ResumeLibrary;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code talentsync list [--json]}: the stored resumes, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List stored resumes, newest first.")
final class ListCommand extends Subcommand {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    @Option(names = {"-q", "--query"}, paramLabel = "TEXT", description = "Only resumes whose name, file or text contains TEXT.")
    private String query = "";

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = out();
        Optional<ResumeLibrary> library = openLibrary();
        if (library.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        List<ResumeSummary> resumes = library.get().list(query);
        if (json) {
            out.println(Json.pretty(resumes.stream().map(ResumeJson::of).toList()));
        } else if (resumes.isEmpty()) {
            out.println(query.isBlank()
                    ? "No resumes stored yet. Import one with: talentsync import FILE"
                    : "No stored resume matches \"" + query + "\".");
        } else {
            printTable(out, resumes);
        }
        return ExitCodes.OK;
    }

    private static void printTable(PrintWriter out, List<ResumeSummary> resumes) {
        int nameWidth = Math.min(40, Math.max(4, resumes.stream().mapToInt(r -> r.displayName().length()).max().orElse(4)));
        String format = "%5s  %-" + nameWidth + "s  %-16s  %s%n";
        out.printf(format, "ID", "NAME", "IMPORTED", "FILE");
        ZoneId zone = ZoneId.systemDefault();
        for (ResumeSummary resume : resumes) {
            out.printf(format, resume.id(), clip(resume.displayName(), nameWidth),
                    DATE.format(resume.createdAt().atZone(zone)), resume.fileName());
        }
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
