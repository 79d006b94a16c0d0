package com.talentsync.app.gui.resumes;

import com.talentsync.core.classify.LabelScore;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.resume.extract.EducationEntry;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.Gap;
import com.talentsync.core.resume.review.Finding;
import com.talentsync.core.resume.review.ScorePart;
import com.talentsync.core.resume.skills.SkillKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The analysis page: category, contact card, review checklist (each finding links to its line),
 * skills as chips by kind, experience timeline with gaps, education, and tips.
 */
final class ResumeAnalysisView extends ScrollPane {

    private final ResumeAnalysisViewModel viewModel;
    private final VBox content = new VBox(16);

    ResumeAnalysisView(ResumeAnalysisViewModel viewModel) {
        this.viewModel = viewModel;
        setId("resume-analysis");
        setFitToWidth(true);
        content.setPadding(new Insets(10, 14, 14, 4));
        content.getStyleClass().add("analysis-page");
        setContent(content);
        viewModel.analysisProperty().addListener((observable, before, after) -> rebuild());
        viewModel.stateProperty().addListener((observable, before, after) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        ResumeAnalysis analysis = viewModel.analysisProperty().get();
        if (analysis == null) {
            content.getChildren().setAll(placeholder());
            return;
        }
        content.getChildren().setAll(category(analysis), contact(analysis.facts().contact()), review(analysis),
                skills(), experience(analysis), education(analysis.facts().education()), more(analysis), tips(analysis));
        if (analysis.facts().extractionLimited()) {
            content.getChildren().add(1, muted("The text looks like it is not in English (" + analysis.facts().language()
                    + "): contact details and sections may be incomplete."));
        }
    }

    private Node placeholder() {
        return switch (viewModel.stateProperty().get()) {
            case RUNNING -> {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setMaxSize(28, 28);
                HBox box = new HBox(10, spinner, new Label("Analysing…"));
                box.setAlignment(Pos.CENTER_LEFT);
                yield box;
            }
            case FAILED -> muted(viewModel.problemProperty().get());
            default -> muted("Select a resume to see its analysis.");
        };
    }

    private Node category(ResumeAnalysis analysis) {
        var prediction = analysis.category();
        Label label = new Label(prediction.label());
        label.setId("analysis-category");
        label.getStyleClass().add("title-3");
        ProgressBar confidence = new ProgressBar(prediction.confidence());
        confidence.setPrefWidth(120);
        List<String> others = prediction.top().stream().skip(1).map(ResumeAnalysisView::percent).toList();
        VBox box = new VBox(4, heading("Job category"), new HBox(10, label, confidence, muted(percentOf(prediction.confidence()))));
        if (!others.isEmpty()) {
            box.getChildren().add(muted("Also close: " + String.join(", ", others)));
        }
        return box;
    }

    private Node contact(Contact contact) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        row = field(grid, row, "Name", contact.name());
        row = field(grid, row, "E-mail", contact.email());
        row = field(grid, row, "Phone", contact.phone());
        row = field(grid, row, "Location", contact.location());
        for (var link : contact.links()) {
            row = field(grid, row, link.kind().name().charAt(0) + link.kind().name().substring(1).toLowerCase(Locale.ROOT),
                    Optional.of(link.url()));
        }
        if (row == 0) {
            grid.add(muted("No contact details found."), 0, 0);
        }
        return new VBox(4, heading("Contact"), grid);
    }

    private static int field(GridPane grid, int row, String name, Optional<String> value) {
        if (value.isEmpty()) {
            return row;
        }
        Label label = new Label(value.get());
        label.setId("contact-" + name.toLowerCase(Locale.ROOT).replace("-", ""));
        grid.addRow(row, muted(name), label);
        return row + 1;
    }

    private Node review(ResumeAnalysis analysis) {
        var review = analysis.review();
        Label score = new Label(review.score() + " / 100");
        score.setId("review-score");
        score.getStyleClass().add("title-2");
        VBox parts = new VBox(2);
        for (ScorePart part : review.parts()) {
            ProgressBar bar = new ProgressBar(part.maxPoints() == 0 ? 0 : (double) part.points() / part.maxPoints());
            bar.setPrefWidth(110);
            parts.getChildren().add(new HBox(8, bar, new Label(part.name() + " " + part.points() + "/" + part.maxPoints())));
        }
        VBox findings = new VBox(6);
        findings.setId("review-findings");
        for (Finding finding : review.findings()) {
            findings.getChildren().add(findingRow(finding));
        }
        if (review.findings().isEmpty()) {
            findings.getChildren().add(muted("Nothing to fix: well done."));
        }
        return new VBox(6, heading("Review"), new HBox(24, score, parts), findings);
    }

    private Node findingRow(Finding finding) {
        Label badge = new Label(finding.severity().name().toLowerCase(Locale.ROOT));
        badge.getStyleClass().addAll("finding-badge", "finding-" + finding.severity().name().toLowerCase(Locale.ROOT));
        badge.setMinWidth(84);
        Label message = new Label(finding.message());
        message.setWrapText(true);
        VBox text = new VBox(1, message);
        if (finding.line() >= 0) {
            Hyperlink where = new Hyperlink(finding.where());
            where.setOnAction(event -> viewModel.reveal(finding));
            text.getChildren().add(where);
        } else {
            text.getChildren().add(muted(finding.where()));
        }
        HBox row = new HBox(8, badge, text);
        row.getStyleClass().add("finding-row");
        return row;
    }

    private Node skills() {
        Map<SkillKind, List<String>> groups = viewModel.skillsByKind();
        VBox box = new VBox(6, heading("Skills"));
        if (groups.isEmpty()) {
            box.getChildren().add(muted("No skills from the taxonomy were found."));
        }
        groups.forEach((kind, names) -> {
            FlowPane chips = new FlowPane(6, 6);
            names.forEach(name -> {
                Label chip = new Label(name);
                chip.getStyleClass().add("skill-chip");
                chips.getChildren().add(chip);
            });
            String title = kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            box.getChildren().add(new VBox(3, muted(Character.toUpperCase(title.charAt(0)) + title.substring(1) + "s"), chips));
        });
        return box;
    }

    private Node experience(ResumeAnalysis analysis) {
        var facts = analysis.facts();
        VBox box = new VBox(4, heading("Experience · " + years(facts.totalExperienceMonths()) + " in all"));
        // Newest first, with each gap placed where it happened.
        List<Object> timeline = new ArrayList<>(facts.experience());
        timeline.addAll(facts.gaps());
        timeline.sort(Comparator.comparing(ResumeAnalysisView::startOf, Comparator.nullsLast(Comparator.reverseOrder())));
        for (Object item : timeline) {
            if (item instanceof ExperienceEntry job) {
                String when = job.start().map(YearMonth::toString).orElse("?") + " – "
                        + (job.current() ? "present" : job.end().map(YearMonth::toString).orElse("?"));
                box.getChildren().add(new VBox(1, new Label(job.title() + (job.company().isBlank() ? "" : " · " + job.company())),
                        muted(when + " · " + years(job.months()))));
            } else if (item instanceof Gap gap) {
                Label label = new Label("Gap " + gap.from() + " – " + gap.to() + " (" + years(gap.months()) + ")");
                label.getStyleClass().add("timeline-gap");
                box.getChildren().add(label);
            }
        }
        if (timeline.isEmpty()) {
            box.getChildren().add(muted("No dated jobs found."));
        }
        return box;
    }

    private static YearMonth startOf(Object item) {
        return item instanceof ExperienceEntry job ? job.start().orElse(null) : ((Gap) item).from();
    }

    private Node education(List<EducationEntry> entries) {
        VBox box = new VBox(4, heading("Education"));
        for (EducationEntry entry : entries) {
            String line = entry.degree() + entry.field().map(field -> " in " + field).orElse("");
            String where = entry.institution().orElse("") + entry.year().map(year -> " · " + year).orElse("")
                    + entry.grade().map(grade -> " · " + grade).orElse("");
            box.getChildren().add(new VBox(1, new Label(line), muted(where)));
        }
        if (entries.isEmpty()) {
            box.getChildren().add(muted("No education found."));
        }
        return box;
    }

    /** Certifications, languages and projects: short lists, shown only when found. */
    private Node more(ResumeAnalysis analysis) {
        var facts = analysis.facts();
        VBox box = new VBox(4);
        if (!facts.certifications().isEmpty()) {
            box.getChildren().addAll(heading("Certifications"), wrapped(String.join("; ", facts.certifications())));
        }
        if (!facts.languages().isEmpty()) {
            box.getChildren().addAll(heading("Languages"), wrapped(String.join(", ", facts.languages())));
        }
        if (!facts.projects().isEmpty()) {
            box.getChildren().add(heading("Projects"));
            facts.projects().forEach(project -> box.getChildren().add(wrapped(project.title()
                    + (project.technologies().isEmpty() ? "" : " (" + String.join(", ", project.technologies()) + ")")
                    + project.link().map(link -> " " + link).orElse(""))));
        }
        return box;
    }

    private Node tips(ResumeAnalysis analysis) {
        VBox box = new VBox(4, heading("Tips for " + analysis.category().label()));
        analysis.review().resumeTips().forEach(tip -> box.getChildren().add(wrapped("Resume: " + tip)));
        analysis.review().interviewTips().forEach(tip -> box.getChildren().add(wrapped("Interview: " + tip)));
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("analysis-heading");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label("• " + text);
        label.setWrapText(true);
        return label;
    }

    private static String percent(LabelScore score) {
        return score.label() + " " + percentOf(score.confidence());
    }

    private static String percentOf(double confidence) {
        return String.format(Locale.ROOT, "%.0f%%", confidence * 100);
    }

    private static String years(int months) {
        if (months < 12) {
            return months + (months == 1 ? " month" : " months");
        }
        int years = months / 12;
        int rest = months % 12;
        return years + (years == 1 ? " year" : " years") + (rest == 0 ? "" : " " + rest + " mo");
    }
}
