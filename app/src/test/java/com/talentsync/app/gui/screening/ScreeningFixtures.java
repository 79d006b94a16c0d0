package com.talentsync.app.gui.screening;

import com.talentsync.core.classify.CategoryPrediction;
import com.talentsync.core.classify.LabelScore;
import com.talentsync.core.match.MatchComponent;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.review.Review;
import com.talentsync.core.resume.skills.FoundSkill;
import com.talentsync.core.resume.skills.Skill;
import com.talentsync.core.resume.skills.SkillContext;
import com.talentsync.core.resume.skills.SkillKind;
import com.talentsync.core.screen.ScreenedResume;
import com.talentsync.core.store.AnalysisStamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Hand-made screened resumes for the screening tests, independent of the real extractor and matcher. */
final class ScreeningFixtures {

    static final List<String> MUST_HAVES = List.of("Java", "SQL", "Kubernetes");

    private ScreeningFixtures() {}

    /**
     * A resume whose text names the candidate and gives an e-mail, so blind masking has something to hide.
     *
     * @param skills the skills it shows; the job's must-haves it lacks are its missing required skills
     */
    static ScreenedResume resume(String file, String name, int score, String category, int months, List<String> skills) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org";
        String text = name + "\n" + email + "\nSKILLS\n" + String.join(", ", skills) + "\nShe led the data team for "
                + months / 12 + " years.";
        Contact contact = new Contact(name.isEmpty() ? Optional.empty() : Optional.of(name), Optional.of(email),
                Optional.empty(), Optional.empty(), List.of());
        ResumeFacts facts = new ResumeFacts(text.lines().toList(), contact, List.of(), List.of(), months, List.of(),
                List.of(), List.of(), List.of("English"), List.of(), "en", false);
        List<FoundSkill> found = skills.stream()
                .map(skill -> new FoundSkill(new Skill(skill, SkillKind.TOOL, "software", List.of(), false),
                        Set.of(SkillContext.SKILLS_SECTION), 1))
                .toList();
        CategoryPrediction prediction = new CategoryPrediction(category, 0.9, List.of(new LabelScore(category, 0.9)));
        ResumeAnalysis analysis = new ResumeAnalysis(facts, found, prediction,
                new Review(70, 40, List.of(), List.of(), List.of(), List.of()), new AnalysisStamp("x", "t", "m", "r"));
        Map<String, MatchComponent> components = new LinkedHashMap<>();
        components.put("hardSkills", new MatchComponent("hardSkills", score, 0.6, "Shows " + skills.size() + " skills."));
        components.put("experience", new MatchComponent("experience", Math.min(100, months), 0.4, months + " months."));
        List<String> matched = MUST_HAVES.stream().filter(skills::contains).toList();
        List<String> missing = MUST_HAVES.stream().filter(skill -> !skills.contains(skill)).toList();
        MatchResult match = new MatchResult(score, components, matched, missing, List.of(), List.of(), List.of(),
                List.of());
        return new ScreenedResume(file, "sha-" + file, text, analysis, match);
    }

    /** Three candidates of two categories, scores 88, 64 and 41. */
    static List<ScreenedResume> team() {
        return List.of(
                resume("cvs/ada_lovelace.pdf", "Ada Lovelace", 88, "Java Developer", 72, List.of("Java", "SQL", "Kubernetes")),
                resume("cvs/grace_hopper.docx", "Grace Hopper", 64, "Java Developer", 30, List.of("Java", "SQL")),
                resume("cvs/alan_turing.txt", "Alan Turing", 41, "Data Science", 120, List.of("Python", "SQL")));
    }
}
