package com.talentsync.app.cli;

import com.talentsync.core.resume.ExtractedDocument;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.extract.EducationEntry;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.review.Finding;
import com.talentsync.core.resume.skills.FoundSkill;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The human-readable form of {@code analyze} (without {@code --json}). */
final class AnalysisReport {

    private AnalysisReport() {}

    static void print(PrintWriter out, ExtractedDocument document, ResumeAnalysis analysis) {
        ResumeFacts facts = analysis.facts();
        out.printf("%s (%s, %d words)%n", document.fileName(), document.mediaType(), document.wordCount());
        line(out, "Name", facts.contact().name());
        line(out, "E-mail", facts.contact().email());
        line(out, "Phone", facts.contact().phone());
        line(out, "Location", facts.contact().location());
        facts.contact().links().forEach(link -> out.printf("  %-10s %s%n", "Link", link.url()));
        if (facts.extractionLimited()) {
            out.printf("  Language   %s: extraction is limited for text that is not English%n", facts.language());
        }
        var category = analysis.category();
        out.printf("%nCategory: %s (%.0f%%); then %s%n", category.label(), category.confidence() * 100,
                category.top().stream().skip(1)
                        .map(score -> String.format(Locale.ROOT, "%s %.0f%%", score.label(), score.confidence() * 100))
                        .collect(Collectors.joining(", ")));
        out.printf("%nExperience: %d months in all%n", facts.totalExperienceMonths());
        for (ExperienceEntry job : facts.experience()) {
            out.printf("  %s – %s  %s, %s (%d months)%n",
                    job.start().map(Object::toString).orElse("?"),
                    job.current() ? "present" : job.end().map(Object::toString).orElse("?"),
                    job.title(), job.company(), job.months());
        }
        facts.gaps().forEach(gap -> out.printf("  gap %s – %s (%d months)%n", gap.from(), gap.to(), gap.months()));
        out.println("\nEducation:");
        for (EducationEntry degree : facts.education()) {
            out.printf("  %s%s%s%s%n", degree.degree(), degree.field().map(field -> ", " + field).orElse(""),
                    degree.institution().map(place -> ", " + place).orElse(""),
                    degree.year().map(year -> " (" + year + ")").orElse(""));
        }
        out.printf("%nSkills: %s%n", analysis.skills().stream().map(FoundSkill::skill).map(skill -> skill.name())
                .collect(Collectors.joining(", ")));
        out.printf("%nReview: %d/100%n", analysis.review().score());
        for (Finding finding : analysis.review().findings()) {
            out.printf("  [%s] %s (%s)%n", finding.severity().name().toLowerCase(Locale.ROOT), finding.message(),
                    finding.where());
        }
    }

    private static void line(PrintWriter out, String label, Optional<String> value) {
        value.ifPresent(text -> out.printf("  %-10s %s%n", label, text));
    }
}
