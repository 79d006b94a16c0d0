package com.talentsync.app.cli;

import com.talentsync.core.resume.ImportOutcome;
import com.talentsync.core.resume.ResumeLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code talentsync import FILE...}: one line per file, the new id or the reason it was refused. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Store resumes (pdf, docx, doc, rtf, odt, html, txt) in the local database.")
final class ImportCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Resume files to import.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        Optional<ResumeLibrary> opened = openLibrary();
        if (opened.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        ResumeLibrary library = opened.get();
        int rejected = 0;
        for (Path file : files) {
            switch (library.importFile(file)) {
                case ImportOutcome.Imported imported ->
                        out.printf("imported %d %s%n", imported.resume().id(), file);
                case ImportOutcome.Duplicate duplicate ->
                        out.printf("duplicate %d %s (already stored as \"%s\")%n",
                                duplicate.existing().id(), file, duplicate.existing().displayName());
                case ImportOutcome.Rejected refusal -> {
                    rejected++;
                    err.printf("error %s: %s%n", file, refusal.error().message());
                }
            }
            out.flush();
        }
        return rejected == 0 ? ExitCodes.OK : ExitCodes.INPUT;
    }
}
