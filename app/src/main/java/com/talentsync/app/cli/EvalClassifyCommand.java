package com.talentsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.talentsync.core.classify.ClassifierService;
import com.talentsync.core.classify.EvaluationReport;
import com.talentsync.core.classify.ResumeClassifier;
import com.talentsync.core.resume.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code talentsync eval classify CSV [--json] [--shipped]}: accuracy, macro-F1, per class, confusion matrix. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify every row of a CSV with a header row Category,Resume and compare with its Category.",
            "Uses your trained classifier if there is one (see 'talentsync classifier'), else the shipped one."})
final class EvalClassifyCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    private EvalCommand parent;

    @Parameters(paramLabel = "CSV", description = "Labelled resumes: columns Category and Resume.")
    private Path csv;

    @Option(names = "--json", description = "Print a JSON object.")
    private boolean json;

    @Option(names = "--shipped", description = "Evaluate the shipped model even if you trained your own.")
    private boolean shipped;

    /** The JSON contract of {@code eval classify --json}. */
    record EvalJson(String modelVersion, int documents, double accuracy, double macroF1, double meanConfidence,
            Map<String, EvaluationReport.ClassMetrics> perClass, List<String> labels, List<List<Integer>> confusion,
            double seconds, double loadSeconds) {}

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = parent.out();
        ClassifierService service = parent.root().services().classifierService();
        double[] loadSeconds = {0};
        EvaluationReport report;
        try {
            // The CSV is read before the model is asked for, so a bad file fails fast.
            report = service.evaluate(() -> {
                if (!shipped && service.needsTraining() && !json) {
                    parent.err().println("Training the shipped classifier on first use; this takes a few seconds...");
                }
                long start = System.nanoTime();
                ResumeClassifier classifier = shipped ? service.shipped() : service.current();
                loadSeconds[0] = (System.nanoTime() - start) / 1e9;
                return classifier;
            }, csv);
        } catch (InputException problem) {
            parent.err().println("talentsync: " + problem.getMessage());
            return ExitCodes.INPUT;
        }
        if (json) {
            out.println(Json.pretty(new EvalJson(report.modelVersion(), report.documents(), report.accuracy(),
                    report.macroF1(), report.meanConfidence(), report.perClass(), report.labels(), report.confusion(),
                    report.seconds(), loadSeconds[0])));
        } else {
            printText(out, report, loadSeconds[0]);
        }
        return ExitCodes.OK;
    }

    private static void printText(PrintWriter out, EvaluationReport report, double loadSeconds) {
        out.printf("Model:           %s (ready in %.2f s)%n", report.modelVersion(), loadSeconds);
        out.printf("Resumes:         %d, classified in %.2f s%n", report.documents(), report.seconds());
        out.printf("Accuracy:        %.3f%n", report.accuracy());
        out.printf("Macro-F1:        %.3f%n", report.macroF1());
        out.printf("Mean confidence: %.3f%n%n", report.meanConfidence());
        List<String> labels = report.labels();
        int width = Math.max(8, labels.stream().mapToInt(String::length).max().orElse(8));
        String row = "%3s  %-" + width + "s  %9s  %6s  %6s  %7s%n";
        out.printf(row, "#", "CATEGORY", "PRECISION", "RECALL", "F1", "SUPPORT");
        for (int i = 0; i < labels.size(); i++) {
            EvaluationReport.ClassMetrics metrics = report.perClass().get(labels.get(i));
            out.printf(row, i + 1, labels.get(i), String.format("%.2f", metrics.precision()),
                    String.format("%.2f", metrics.recall()), String.format("%.2f", metrics.f1()), metrics.support());
        }
        out.printf("%nConfusion matrix (rows: true category, columns: predicted; numbered as above):%n");
        StringBuilder header = new StringBuilder("   ");
        for (int i = 0; i < labels.size(); i++) {
            header.append(String.format("%4d", i + 1));
        }
        out.println(header);
        for (int t = 0; t < labels.size(); t++) {
            StringBuilder line = new StringBuilder(String.format("%3d", t + 1));
            for (int count : report.confusion().get(t)) {
                line.append(count == 0 ? "   ." : String.format("%4d", count));
            }
            out.println(line);
        }
    }
}
