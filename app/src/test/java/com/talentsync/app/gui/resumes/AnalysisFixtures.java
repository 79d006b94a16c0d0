package com.talentsync.app.gui.resumes;

import com.talentsync.core.classify.CategoryPrediction;
import com.talentsync.core.classify.LabelScore;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.resume.extract.EducationEntry;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.Gap;
import com.talentsync.core.resume.extract.Link;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import com.talentsync.core.resume.review.Finding;
import com.talentsync.core.resume.review.Review;
import com.talentsync.core.resume.review.ScorePart;
import com.talentsync.core.resume.review.Severity;
import com.talentsync.core.resume.skills.FoundSkill;
import com.talentsync.core.resume.skills.Skill;
import com.talentsync.core.resume.skills.SkillContext;
import com.talentsync.core.resume.skills.SkillKind;
import com.talentsync.core.store.AnalysisStamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A hand-made analysis for view tests, independent of the real extractor and models. */
final class AnalysisFixtures {

    static final String TEXT = "Ada Lovelace\nada@example.com\nEXPERIENCE\nAnalyst, Engines Ltd\nResponsible for tables\nSKILLS\nJava, SQL";

    private AnalysisFixtures() {}

    static ResumeAnalysis sample() {
        ResumeFacts facts = new ResumeFacts(TEXT.lines().toList(),
                new Contact(Optional.of("Ada Lovelace"), Optional.of("ada@example.com"), Optional.of("+441234567890"),
                        Optional.of("London"), List.of(new Link(Link.Kind.GITHUB, "github.com/ada"))),
                List.of(new Section(SectionKind.EXPERIENCE, "EXPERIENCE", 2, 5, "Analyst, Engines Ltd\nResponsible for tables"),
                        new Section(SectionKind.SKILLS, "SKILLS", 5, 7, "Java, SQL")),
                List.of(new ExperienceEntry("Analyst", "Engines Ltd", Optional.empty(), Optional.of(YearMonth.of(2019, 3)),
                        Optional.empty(), true, 20, List.of("Responsible for tables"), 3)),
                20,
                List.of(new Gap(YearMonth.of(2018, 1), YearMonth.of(2019, 2), 13)),
                List.of(new EducationEntry("BSc", Optional.of("Mathematics"), Optional.of("University of London"),
                        Optional.of(2017), Optional.empty(), 0)),
                List.of(), List.of("English"), List.of(), "en", false);
        List<FoundSkill> skills = List.of(
                new FoundSkill(new Skill("Java", SkillKind.LANGUAGE, "software", List.of(), false), Set.of(SkillContext.SKILLS_SECTION), 1),
                new FoundSkill(new Skill("SQL", SkillKind.LANGUAGE, "data", List.of(), false), Set.of(SkillContext.SKILLS_SECTION), 1),
                new FoundSkill(new Skill("Git", SkillKind.TOOL, "software", List.of(), false), Set.of(SkillContext.OTHER), 1));
        CategoryPrediction category = new CategoryPrediction("Java Developer", 0.81,
                List.of(new LabelScore("Java Developer", 0.81), new LabelScore("Testing", 0.1), new LabelScore("Database", 0.05)));
        Review review = new Review(64, 7, List.of(new ScorePart("Impact", 10, 25)),
                List.of(new Finding("weak-opening", Severity.SUGGESTION,
                                "Start with a strong verb instead of \"Responsible for\" (e.g. Led, Built).", "Experience, line 5", 4),
                        new Finding("too-short", Severity.WARNING, "Only 7 words: aim for 475-600.", "whole document", -1)),
                List.of("Lead with the Java versions you used."), List.of("Be ready to explain the JVM memory model."));
        return new ResumeAnalysis(facts, skills, category, review, new AnalysisStamp("x", "t", "m", "r"));
    }
}
