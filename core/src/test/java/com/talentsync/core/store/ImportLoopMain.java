package com.talentsync.core.store;

import com.talentsync.core.resume.DefaultResumeLibrary;
import com.talentsync.core.resume.ImportOutcome;
import com.talentsync.core.resume.ReaderLimits;
import com.talentsync.core.resume.ResumeLibrary;
import com.talentsync.core.resume.TikaDocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Child process for the crash test: imports generated text resumes one after another, as
 * fast as it can, printing "IMPORTED index id" after each import returns, until it is killed.
 */
public final class ImportLoopMain {

    private ImportLoopMain() {}

    public static void main(String[] args) throws Exception {
        Path dataFolder = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        try (Database database = Database.open(dataFolder)) {
            ResumeLibrary library = new DefaultResumeLibrary(new TikaDocumentReader(ReaderLimits.defaults()),
                    new ResumeRepository(database));
            for (int i = 0; i < 100_000; i++) {
                Path file = Files.writeString(work.resolve(fileName(i)), text(i));
                ImportOutcome outcome = library.importFile(file);
                if (!(outcome instanceof ImportOutcome.Imported imported)) {
                    throw new IllegalStateException("import " + i + " was " + outcome);
                }
                System.out.println("IMPORTED " + i + " " + imported.resume().id());
                System.out.flush();
                Files.delete(file);
            }
        }
    }

    static String fileName(int index) {
        return String.format(Locale.ROOT, "resume-%05d.txt", index);
    }

    /** A distinct resume of some 30 KB per index, already in normalised form. */
    static String text(int index) {
        StringBuilder text = new StringBuilder("Candidate number " + index + "\n\n");
        for (int line = 0; line < 400; line++) {
            text.append("Project ").append(index).append('-').append(line)
                    .append(": built services in Java, SQL and Kotlin for team ").append(line % 17).append('\n');
        }
        return text.toString().strip();
    }
}
