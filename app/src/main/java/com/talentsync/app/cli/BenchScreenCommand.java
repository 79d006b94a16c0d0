package com.talentsync.app.cli;

import com.talentsync.core.match.PreparedJob;
import com.talentsync.core.match.ResumeMatcher;
import com.talentsync.core.match.source.JobAd;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.screen.ScreenResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * {@code talentsync bench screen --jd JD CSV}: writes N resume files (text or DOCX) from a CSV's
 * Resume column to a temporary folder, screens them against one ad end to end, and reports the
 * time and the process's peak memory. The files are deleted afterwards.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen N resume files made from a CSV (column Resume) against one job ad; print the time and peak memory.")
final class BenchScreenCommand implements Callable<Integer> {

    enum FileFormat { txt, docx }

    @ParentCommand
    private BenchCommand bench;

    @Option(names = "--jd", required = true, paramLabel = "JD", description = "The job ad: a file or URL.")
    private String jobAd;

    @Option(names = "--count", paramLabel = "N", description = "Resume files to screen, reusing rows when the CSV has fewer (default: ${DEFAULT-VALUE}).")
    private int count = 1000;

    @Option(names = "--format", paramLabel = "FORMAT", description = "txt or docx (default: ${DEFAULT-VALUE}).")
    private FileFormat format = FileFormat.docx;

    @Parameters(paramLabel = "CSV", description = "A CSV file with a header and a Resume column.")
    private Path csv;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            bench.err().println("talentsync: --count must be at least 1, was " + count);
            return ExitCodes.USAGE;
        }
        List<String> texts;
        try {
            texts = BenchCommand.Analyze.readTexts(csv);
        } catch (NoSuchFileException missing) {
            bench.err().println("talentsync: file not found: " + csv);
            return ExitCodes.INPUT;
        } catch (IllegalArgumentException | IllegalStateException bad) {
            bench.err().println("talentsync: " + csv.getFileName() + " is not a CSV with a Resume column: " + bad.getMessage());
            return ExitCodes.INPUT;
        }
        if (texts.isEmpty()) {
            bench.err().println("talentsync: " + csv.getFileName() + " has no resumes");
            return ExitCodes.INPUT;
        }
        var services = bench.root().services();
        Path folder = Files.createTempDirectory("talentsync-bench-screen");
        try {
            writeFiles(folder, texts);
            JobAd job;
            try {
                job = services.jobAdLoader().load(jobAd);
            } catch (InputException problem) {
                bench.err().println("talentsync: " + problem.getMessage());
                return ExitCodes.INPUT;
            }
            long start = System.nanoTime();
            ResumeMatcher matcher = services.resumeMatcher();
            PreparedJob prepared = matcher.prepare(job.text());
            ScreenResult result;
            try {
                result = services.screeningService()
                        .screen(List.of(folder), analysis -> matcher.match(analysis, prepared), (done, total, file) -> {}, () -> false);
            } catch (InputException problem) {
                bench.err().println("talentsync: " + problem.getMessage());
                return ExitCodes.INPUT;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = bench.out();
            out.printf(Locale.ROOT, "%d %s files against %s, %d threads, cold start (models loaded during the run)%n",
                    count, format, jobAd, Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "ranked %d, duplicates %d, failed %d%n", result.count(),
                    result.duplicates().stream().mapToInt(group -> group.duplicates().size()).sum(), result.failed().size());
            out.printf(Locale.ROOT, "end to end: %.1f s (%.0f resumes/s)%n", seconds, count / seconds);
            out.printf(Locale.ROOT, "peak memory of the process (VmHWM): %s; max heap %d MiB%n", ProcessMemory.peakResident(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            return ExitCodes.OK;
        } finally {
            deleteTree(folder);
        }
    }

    private void writeFiles(Path folder, List<String> rows) throws IOException {
        List<String> texts = List.copyOf(new LinkedHashSet<>(rows));
        for (int i = 0; i < count; i++) {
            String text = i < texts.size() ? texts.get(i) : splice(texts, i);
            Path file = folder.resolve(String.format(Locale.ROOT, "resume-%04d.%s", i, format));
            if (format == FileFormat.txt) {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } else {
                writeDocx(file, text);
            }
        }
    }

    /**
     * Past the CSV's distinct resumes, a new one is the first half of one resume and the second
     * half of another: as long as a real one, and different enough not to be grouped as a
     * duplicate, so every file is really read, analysed and scored.
     */
    private static String splice(List<String> texts, int i) {
        String[] first = texts.get(i % texts.size()).split("\\R");
        String[] second = texts.get((i / texts.size() * 7 + i + 3) % texts.size()).split("\\R");
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < (first.length + 1) / 2; line++) {
            text.append(first[line]).append('\n');
        }
        for (int line = second.length / 2; line < second.length; line++) {
            text.append(second[line]).append('\n');
        }
        return text.toString();
    }

    private static void writeDocx(Path file, String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.split("\\R")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
