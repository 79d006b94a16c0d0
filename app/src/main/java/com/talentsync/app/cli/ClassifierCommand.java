package com.talentsync.app.cli;

import com.talentsync.core.classify.ClassifierService;
import com.talentsync.core.classify.TrainingReport;
import com.talentsync.core.resume.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code talentsync classifier train CSV | reset}: the user's own job-category model. */
@Command(name = "classifier", mixinStandardHelpOptions = true,
        description = "Train the job-category classifier on your own labelled resumes, or go back to the shipped one.",
        subcommands = {ClassifierCommand.Train.class, ClassifierCommand.Reset.class})
final class ClassifierCommand extends Subcommand {

    @Override
    public Integer call() {
        err().println("talentsync classifier: missing command: train CSV, or reset");
        err().println("Try 'talentsync classifier --help'.");
        return ExitCodes.USAGE;
    }

    ClassifierService service() {
        return root().services().classifierService();
    }

    /** {@code classifier train CSV}: trains, saves and switches to a model of the user's categories. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Train a classifier on a CSV with a header row Category,Resume (one resume per row,",
                "at least two categories). TalentSync uses it instead of the shipped model until 'classifier reset'."})
    static final class Train implements Callable<Integer> {

        @CommandLine.ParentCommand
        private ClassifierCommand parent;

        @Parameters(paramLabel = "CSV", description = "Labelled resumes: columns Category and Resume.")
        private Path csv;

        @Override
        public Integer call() {
            PrintWriter out = parent.out();
            TrainingReport report;
            try {
                report = parent.service().trainFromCsv(csv);
            } catch (InputException problem) {
                parent.err().println("talentsync: " + problem.getMessage());
                return ExitCodes.INPUT;
            }
            out.printf("Trained on %d resumes in %d categories in %.1f s (%d repeated and %d blank rows skipped).%n",
                    report.documents(), report.perLabel().size(), report.seconds(), report.duplicateRows(),
                    report.blankRows());
            StringJoiner labels = new StringJoiner(", ", "Categories: ", "");
            report.perLabel().forEach((label, count) -> labels.add(label + " (" + count + ")"));
            out.println(labels);
            out.printf("Saved to %s (model %s).%n", report.savedTo(), report.modelVersion());
            out.println("TalentSync now classifies with this model; 'talentsync classifier reset' goes back to the shipped one.");
            return ExitCodes.OK;
        }
    }

    /** {@code classifier reset}: deletes the user's model. */
    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Delete your trained classifier and use the shipped one again.")
    static final class Reset implements Callable<Integer> {

        @CommandLine.ParentCommand
        private ClassifierCommand parent;

        @Override
        public Integer call() {
            ClassifierService service = parent.service();
            if (!service.hasUserModel()) {
                parent.out().println("No trained classifier to remove: TalentSync already uses the shipped one.");
                return ExitCodes.OK;
            }
            service.reset();
            parent.out().println("Removed your trained classifier: TalentSync uses the shipped one again.");
            return ExitCodes.OK;
        }
    }
}
