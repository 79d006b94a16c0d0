package com.talentsync.core.screen;

import com.talentsync.core.classify.CategoryPrediction;
import com.talentsync.core.classify.LabelScore;
import com.talentsync.core.classify.ResumeClassifier;
import com.talentsync.core.match.MatchComponent;
import com.talentsync.core.match.MatchResult;
import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.analysis.ResumeAnalyzer;
import com.talentsync.core.resume.extract.RuleBasedResumeExtractor;
import com.talentsync.core.resume.layout.DocumentLayout;
import com.talentsync.core.resume.review.ResumeReviewer;
import com.talentsync.core.resume.skills.FoundSkill;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sample resumes (written for these tests), a real analyzer with a keyword classifier in place of
 * the trained model, and a scorer that counts required skills in place of the real matcher.
 */
public final class ScreeningFixtures {

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.shipped();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(new RuleBasedResumeExtractor("IN"),
            new SkillFinder(TAXONOMY), TAXONOMY.version(), new KeywordClassifier(), new ResumeReviewer(),
            Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

    private ScreeningFixtures() {}

    public static ResumeAnalyzer analyzer() {
        return ANALYZER;
    }

    /** Labels by the first telling word, so category filters have something to filter. */
    static final class KeywordClassifier implements ResumeClassifier {
        @Override
        public CategoryPrediction classify(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            String label = lower.contains("selenium") ? "Testing"
                    : lower.contains("java") ? "Java Developer"
                    : lower.contains("python") ? "Data Science" : "HR";
            return new CategoryPrediction(label, 0.8, List.of(new LabelScore(label, 0.8)));
        }

        @Override
        public String modelVersion() {
            return "keywords-1";
        }
    }

    /**
     * Scores the share of {@code required} skills the analysis found, in whole percent; the
     * other names are the "preferred" ones and never affect the score.
     */
    public static ResumeScorer scorer(List<String> required) {
        return analysis -> {
            Set<String> found = analysis.skills().stream().map(s -> s.skill().name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            List<String> matched = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String skill : required) {
                (found.contains(skill.toLowerCase(Locale.ROOT)) ? matched : missing).add(skill);
            }
            int score = required.isEmpty() ? 0 : Math.round(100f * matched.size() / required.size());
            return match(score, matched, missing);
        };
    }

    public static MatchResult match(int score, List<String> matched, List<String> missing) {
        MatchComponent hard = new MatchComponent("hardSkills", score, 1.0, "Required skills shown.");
        return new MatchResult(score, Map.of("hardSkills", hard), matched, missing, List.of(), List.of(), List.of(),
                List.of());
    }

    /** A screened resume made without files, for filters, sorting, exports and storage. */
    public static ScreenedResume screened(String file, String text, int score, List<String> matched,
            List<String> missing) {
        ResumeAnalysis analysis = ANALYZER.analyze(text, DocumentLayout.unknown());
        return new ScreenedResume(file, sha256(file + "\n" + text), text, analysis, match(score, matched, missing));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> skillNames(ResumeAnalysis analysis) {
        return analysis.skills().stream().map(FoundSkill::skill).map(s -> s.name()).toList();
    }

    /**
     * A plain resume; {@code duties} make each person's text their own, so that different people
     * never look near-identical because they share the layout.
     */
    public static String resume(String name, String email, String phone, String title, String employer,
            String from, List<String> skills, List<String> duties) {
        StringBuilder text = new StringBuilder();
        text.append(name).append('\n').append(email).append(" | ").append(phone).append('\n').append("Pune, India\n\n");
        text.append("SUMMARY\n").append(title).append(" who enjoys ").append(duties.getFirst().toLowerCase(Locale.ROOT))
                .append(".\n\n");
        text.append("SKILLS\n").append(String.join(", ", skills)).append("\n\n");
        text.append("EXPERIENCE\n").append(title).append(", ").append(employer).append(" (").append(from)
                .append(" - Present)\n");
        duties.forEach(duty -> text.append("- ").append(duty).append('\n'));
        text.append("\nEDUCATION\nB.E. in Computer Engineering, Pune University, 2014\n");
        return text.toString();
    }

    public static String asha() {
        return resume("Asha Rao", "asha.rao@example.com", "+91 98765 43210", "Java Developer", "Kestrel Payments",
                "Jan 2018", List.of("Java", "Spring Boot", "SQL", "Kafka"),
                List.of("Designed payment settlement services handling two million transfers a day",
                        "Moved nightly batch reconciliation onto Kafka streams and cut delays to minutes",
                        "Tuned slow SQL reports for the finance team and mentored three new joiners"));
    }

    public static String vikram() {
        return resume("Vikram Shah", "vikram.shah@example.org", "+91 91234 56789", "Backend Engineer", "Larkspur Logistics",
                "Mar 2020", List.of("Java", "SQL", "Docker"),
                List.of("Built shipment tracking APIs used by forty warehouse partners",
                        "Packaged every service in Docker images and wrote the deployment runbooks",
                        "Kept the route planning database healthy through peak season"));
    }

    public static String meera() {
        return resume("Meera Iyer", "meera.iyer@example.net", "+91 99887 76655", "QA Engineer", "Orchid Health",
                "Jul 2016", List.of("Selenium", "Java", "Jenkins"),
                List.of("Automated regression suites for the patient portal with Selenium",
                        "Ran nightly test jobs in Jenkins and triaged flaky checks with developers",
                        "Wrote acceptance criteria with product owners before each sprint"));
    }

    public static String ravi() {
        return resume("Ravi Kumar", "ravi.kumar@example.com", "+91 90000 11111", "Data Analyst", "Juniper Retail",
                "Feb 2021", List.of("Python", "Pandas", "SQL"),
                List.of("Forecast weekly store demand with Python notebooks shared across regions",
                        "Cleaned loyalty card data with Pandas and explained churn to marketing",
                        "Built SQL extracts that replaced a dozen hand-made spreadsheets"));
    }
}
