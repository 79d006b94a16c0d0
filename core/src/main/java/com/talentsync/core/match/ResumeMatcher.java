package com.talentsync.core.match;

import com.talentsync.core.embed.TextEmbedder;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillMention;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a resume against a job ad, deterministically and offline, explaining every point.
 * Thread-safe: screening calls it from several threads with one {@link PreparedJob}.
 *
 * <p>The score is the weighted mean of six parts. Base weights, and why:
 * <ul>
 *   <li>{@code semanticFit} .35: what the person did, in meaning, against what the job is and
 *       does. It sees fit that is worded differently, and it is the part keywords cannot game;
 *       on the ranking check it was also the strongest single part.</li>
 *   <li>{@code hardSkills} .30: the ad's explicit skills are what recruiters screen on first.</li>
 *   <li>{@code keywords} .10: the ad's own vocabulary; useful, but the easiest part to pad and
 *       mostly a repeat of the skills, so it weighs least of the three.</li>
 *   <li>{@code titleSeniority} .10 and {@code experience} .10: real but coarse signals.</li>
 *   <li>{@code education} .05: ads state degrees often and decide on them rarely.</li>
 * </ul>
 * A part the ad gives nothing to judge (no years asked, no degree asked) gets weight 0 and
 * says so; the others are scaled up so the weights always sum to 1.
 *
 * <p>Nothing in either document can move the score other than by what it shows: the resume
 * passes {@link ResumeGuard} first (instructions to a screening program, keyword stuffing,
 * text copied from the ad), and every part reads only the guarded text.
 */
public final class ResumeMatcher {

    static final double HARD_SKILLS = 0.30;
    static final double KEYWORDS = 0.10;
    static final double SEMANTIC = 0.35;
    static final double TITLE = 0.10;
    static final double EXPERIENCE = 0.10;
    static final double EDUCATION = 0.05;

    private final SkillTaxonomy taxonomy;
    private final TextEmbedder embedder;
    private final SkillFinder finder;
    private final JobDescriptionParser parser;
    private final RelatedSkills relations;

    public ResumeMatcher(SkillTaxonomy taxonomy, TextEmbedder embedder) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.finder = new SkillFinder(taxonomy);
        this.parser = new JobDescriptionParser(finder);
        this.relations = RelatedSkills.shipped(taxonomy);
    }

    /** Names the scoring rules; stored match results with another version are recomputed. */
    public static String version() {
        return "match-2";
    }

    /** Parses the ad and embeds its duties once, for any number of {@link #match} calls. */
    public PreparedJob prepare(String jobText) {
        String text = jobText == null ? "" : jobText;
        JobDescription description = parser.parse(text);
        List<String> duties = SemanticFit.duties(description, text);
        List<float[]> vectors = embedder.embedAll(duties);
        float[] role = embedder.embed(description.title());
        return new PreparedJob(text, description, role, duties, vectors, ResumeGuard.AdContext.of(description, text),
                skillCues(description, text));
    }

    /** The score of one analysed resume (its text is {@code resume.facts().lines()}). */
    public MatchResult match(ResumeAnalysis resume, PreparedJob job) {
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(job, "job");
        JobDescription ad = job.description();
        ResumeEvidence evidence = ResumeEvidence.of(resume, job.adContext(), finder);

        SkillFit.Outcome skills = SkillFit.score(ad, evidence, relations, taxonomy, HARD_SKILLS);
        KeywordFit.Outcome keywords = KeywordFit.score(ad, evidence, KEYWORDS);
        MatchComponent semantic = SemanticFit.score(job.role(), job.roleVector(), job.duties(),
                job.dutyVectors(), evidence, embedder, SEMANTIC);
        TitleFit.Outcome title = TitleFit.score(ad, evidence, TITLE);
        double fieldFit = fieldFit(skills.component(), semantic, keywords.component());
        MatchComponent experience = QualificationFit.experience(ad, evidence, fieldFit, EXPERIENCE);
        MatchComponent education = QualificationFit.education(ad, evidence, EDUCATION);

        Map<String, MatchComponent> components = normalised(List.of(skills.component(), keywords.component(),
                semantic, title.component(), experience, education));
        double total = 0;
        for (MatchComponent c : components.values()) {
            total += c.weight() * c.score();
        }
        List<Suggestion> suggestions = SuggestionWriter.write(ad, evidence, relations, job.skillCues(), skills,
                keywords, title, fieldFit);
        return new MatchResult((int) Math.round(Math.max(0, Math.min(100, total))), components, skills.matched(),
                skills.missingRequired(), skills.missingPreferred(), keywords.missing(), suggestions, evidence.warnings);
    }

    /**
     * How well the resume is in the ad's line of work, 0-1: the mean of the skills and meaning
     * parts that apply, or the keywords part when neither does.
     */
    static double fieldFit(MatchComponent skills, MatchComponent semantic, MatchComponent keywords) {
        double sum = 0;
        int n = 0;
        for (MatchComponent c : List.of(skills, semantic)) {
            if (c.weight() > 0) {
                sum += c.score();
                n++;
            }
        }
        if (n == 0) {
            return keywords.weight() > 0 ? keywords.score() / 100.0 : 1;
        }
        return sum / n / 100;
    }

    /** The components in their fixed order, weights scaled to sum to 1 over those that apply. */
    private static Map<String, MatchComponent> normalised(List<MatchComponent> parts) {
        double sum = parts.stream().mapToDouble(MatchComponent::weight).sum();
        Map<String, MatchComponent> out = new LinkedHashMap<>();
        for (MatchComponent part : parts) {
            double weight = sum == 0 ? 0 : part.weight() / sum;
            out.put(part.name(), new MatchComponent(part.name(), part.score(), weight, part.explanation()));
        }
        return out;
    }

    /** For each skill of the ad, the content stems of the ad lines naming it, without its own words. */
    private Map<String, Set<String>> skillCues(JobDescription description, String text) {
        Set<String> wanted = new HashSet<>(description.requiredSkills());
        wanted.addAll(description.preferredSkills());
        Map<String, Set<String>> cues = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            List<SkillMention> mentions = finder.mentions(line, List.of());
            if (mentions.isEmpty()) {
                continue;
            }
            Set<String> stems = Terms.contentStems(line);
            List<String> names = new ArrayList<>();
            for (SkillMention mention : mentions) {
                names.add(mention.skill().name());
                stems.removeAll(Terms.contentStems(mention.skill().name()));
                stems.removeAll(Terms.contentStems(line.substring(mention.start(), mention.end())));
            }
            for (String name : names) {
                if (wanted.contains(name)) {
                    cues.computeIfAbsent(name, k -> new HashSet<>()).addAll(stems);
                }
            }
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        cues.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return frozen;
    }
}
