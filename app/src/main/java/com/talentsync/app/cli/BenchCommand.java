package com.talentsync.app.cli;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import com.talentsync.core.resume.layout.DocumentLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code talentsync bench ...}: figures measured on this machine; {@code analyze} is single-thread analysis throughput on text input (no Tika). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks measured on this machine.",
        subcommands = {BenchCommand.Analyze.class, BenchMatchCommand.class, BenchScreenCommand.class})
final class BenchCommand extends Subcommand {

    @Override
    public Integer call() {
        err().println("talentsync bench: missing benchmark: analyze CSV, match RESUME JD, or screen --jd JD CSV");
        return ExitCodes.USAGE;
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "Analyse every resume text of a CSV (column Resume) on one thread after a warm-up; print resumes per second.")
    static final class Analyze implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        private BenchCommand bench;

        @Parameters(paramLabel = "CSV", description = "A CSV file with a header and a Resume column.")
        private Path csv;

        @Option(names = "--warmup", paramLabel = "N", description = "Texts analysed before timing (default: ${DEFAULT-VALUE}).")
        private int warmup = 200;

        @Override
        public Integer call() throws IOException {
            List<String> texts;
            try {
                texts = readTexts(csv);
            } catch (NoSuchFileException missing) {
                bench.err().println("talentsync: file not found: " + csv);
                return ExitCodes.INPUT;
            } catch (IllegalArgumentException | IllegalStateException bad) {
                bench.err().println("talentsync: " + csv.getFileName() + " is not a CSV with a Resume column: " + bad.getMessage());
                return ExitCodes.INPUT;
            }
            if (texts.isEmpty()) {
                bench.err().println("talentsync: " + new InputError(InputError.Kind.EMPTY, csv.getFileName() + " has no resumes").message());
                return ExitCodes.INPUT;
            }
            long loadStart = System.nanoTime();
            ResumeAnalyzer analyzer = bench.root().services().resumeAnalyzer();
            analyzer.analyze(texts.getFirst(), DocumentLayout.unknown()); // first use loads taxonomy and model
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            for (int i = 0; i < warmup; i++) {
                analyzer.analyze(texts.get(i % texts.size()), DocumentLayout.unknown());
            }
            long[] nanos = new long[texts.size()];
            long start = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                long one = System.nanoTime();
                analyzer.analyze(texts.get(i), DocumentLayout.unknown());
                nanos[i] = System.nanoTime() - one;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            PrintWriter out = bench.out();
            out.printf(Locale.ROOT, "resumes: %d, one thread, after %d warm-up analyses%n", texts.size(), warmup);
            out.printf(Locale.ROOT, "model and taxonomy load + first analysis: %.2f s%n", loadSeconds);
            out.printf(Locale.ROOT, "throughput: %.1f resumes/s (%.2f s in all)%n", texts.size() / seconds, seconds);
            out.printf(Locale.ROOT, "per resume: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[nanos.length - 1] / 1e6);
            return ExitCodes.OK;
        }

        static List<String> readTexts(Path csv) throws IOException {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            List<String> texts = new ArrayList<>();
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                for (CSVRecord record : format.parse(reader)) {
                    texts.add(record.get("Resume"));
                }
            }
            return texts;
        }
    }
}
