package com.talentsync.app.cli;

import com.talentsync.core.classify.LabelScore;
import com.talentsync.core.resume.ExtractedDocument;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.extract.EducationEntry;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.Link;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.review.Finding;
import com.talentsync.core.resume.skills.FoundSkill;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of {@code analyze --json}: a contract scripts and later checks rely on. Fields are
 * only ever added; absent values are {@code null}, lists are never null.
 */
record AnalysisJson(
        String file,
        String mediaType,
        String text,
        int wordCount,
        long sizeBytes,
        String sha256,
        String name,
        String email,
        String phone,
        String location,
        List<String> links,
        List<String> sections,
        List<Job> experience,
        int totalExperienceMonths,
        List<Degree> education,
        List<String> skills,
        Category category,
        ReviewJson review,
        String language,
        boolean extractionLimited) {

    record Job(String title, String company, String start, String end, int months) {}

    record Degree(String degree, String field, String institution, Integer year) {}

    record Category(String label, double confidence, List<LabelScore> top) {}

    record FindingJson(String code, String severity, String message, String where) {}

    record ReviewJson(int score, int wordCount, List<FindingJson> findings) {}

    static AnalysisJson of(ExtractedDocument document, ResumeAnalysis analysis) {
        ResumeFacts facts = analysis.facts();
        return new AnalysisJson(
                document.fileName(), document.mediaType(), document.text(), document.wordCount(),
                document.sizeBytes(), document.sha256(),
                facts.contact().name().orElse(null),
                facts.contact().email().orElse(null),
                facts.contact().phone().orElse(null),
                facts.contact().location().orElse(null),
                facts.contact().links().stream().map(Link::url).toList(),
                facts.sections().stream().map(Section::kind).distinct()
                        .map(kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList(),
                facts.experience().stream().map(AnalysisJson::job).toList(),
                facts.totalExperienceMonths(),
                facts.education().stream().map(AnalysisJson::degree).toList(),
                analysis.skills().stream().map(FoundSkill::skill).map(skill -> skill.name()).toList(),
                new Category(analysis.category().label(), analysis.category().confidence(), analysis.category().top()),
                new ReviewJson(analysis.review().score(), analysis.review().wordCount(),
                        analysis.review().findings().stream().map(AnalysisJson::finding).toList()),
                facts.language(),
                facts.extractionLimited());
    }

    private static Job job(ExperienceEntry entry) {
        return new Job(entry.title(), entry.company(), entry.start().map(AnalysisJson::month).orElse(null),
                entry.current() ? null : entry.end().map(AnalysisJson::month).orElse(null), entry.months());
    }

    private static Degree degree(EducationEntry entry) {
        return new Degree(entry.degree(), entry.field().orElse(null), entry.institution().orElse(null),
                entry.year().orElse(null));
    }

    private static FindingJson finding(Finding finding) {
        return new FindingJson(finding.code(), finding.severity().name().toLowerCase(Locale.ROOT),
                finding.message(), finding.where());
    }

    private static String month(YearMonth month) {
        return month.toString();
    }
}
