package com.talentsync.core.match;

import static com.talentsync.core.match.MatchFixtures.ARTIST;
import static com.talentsync.core.match.MatchFixtures.ASHA;
import static com.talentsync.core.match.MatchFixtures.EVENTS_AD;
import static com.talentsync.core.match.MatchFixtures.analyse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.talentsync.core.resume.analysis.ResumeAnalysis;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The score's shape and its explanations, with a word-hashing stand-in for the sentence model. */
class ResumeMatcherTest {

    private static final ResumeMatcher MATCHER = new ResumeMatcher(SkillTaxonomy.shipped(), new HashingEmbedder());
    private static final PreparedJob EVENTS = MATCHER.prepare(EVENTS_AD);
    private static final ResumeAnalysis ASHA_ANALYSIS = analyse(ASHA);

    @Test
    void componentsHaveStableNamesInAFixedOrderAndWeightsThatSumToOne() {
        MatchResult result = MATCHER.match(ASHA_ANALYSIS, EVENTS);

        assertThat(result.components()).containsOnlyKeys("hardSkills", "keywords", "semanticFit", "titleSeniority",
                "experience", "education");
        assertThat(List.copyOf(result.components().keySet())).containsExactly("hardSkills", "keywords", "semanticFit",
                "titleSeniority", "experience", "education");
        double sum = result.components().values().stream().mapToDouble(MatchComponent::weight).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        double weighted = result.components().values().stream().mapToDouble(c -> c.weight() * c.score()).sum();
        assertThat(result.score()).isEqualTo((int) Math.round(weighted));
    }

    @Test
    void aPartTheAdGivesNothingToJudgeWeighsZeroAndSaysSo() {
        MatchResult result = MATCHER.match(ASHA_ANALYSIS, EVENTS);
        MatchComponent education = result.components().get("education");

        assertThat(education.weight()).isZero();
        assertThat(education.explanation()).contains("asks for no degree").contains("left out");
        // The other five share the whole weight, in the proportions of their base weights.
        assertThat(result.components().get("semanticFit").weight() / result.components().get("hardSkills").weight())
                .isCloseTo(ResumeMatcher.SEMANTIC / ResumeMatcher.HARD_SKILLS, within(1e-9));
    }

    @Test
    void anAdWithNothingInItLeavesEveryPartOutAndScoresZero() {
        MatchResult result = MATCHER.match(ASHA_ANALYSIS, MATCHER.prepare("   "));

        assertThat(result.score()).isZero();
        assertThat(result.components().values()).allSatisfy(c -> {
            assertThat(c.weight()).isZero();
            assertThat(c.explanation()).contains("left out");
        });
    }

    @Test
    void hardSkillsNameWhatWasFoundMissingAndCreditedThroughARelatedSkill() {
        MatchResult result = MATCHER.match(ASHA_ANALYSIS, EVENTS);
        MatchComponent skills = result.components().get("hardSkills");

        // Required: Backend Development, Java, Spring Boot, Database Management, Apache Kafka, Terraform.
        assertThat(skills.explanation())
                .startsWith("5 of 6 required skills found")
                .contains("Database Management through PostgreSQL")
                .contains("missing Terraform")
                .contains("0 of 1 preferred skill found; missing Python");
        assertThat(result.matchedSkills()).contains("Java", "Spring Boot", "Database Management", "Apache Kafka");
        assertThat(result.missingRequired()).containsExactly("Terraform");
        assertThat(result.missingPreferred()).containsExactly("Python");
        // 4 full + 0.75 through PostgreSQL of 6 required (x2), nothing of 1 preferred (x1).
        assertThat(skills.score()).isEqualTo((int) Math.round(100 * (2 * (4 + RelatedSkills.COVER_CREDIT)) / (2 * 6 + 1)));
    }

    @Test
    void aSiblingSkillEarnsHalfAndTheAskedSkillStaysMissing() {
        PreparedJob job = MATCHER.prepare("Database Developer\n\nRequirements\n- MySQL\n");
        MatchResult result = MATCHER.match(ASHA_ANALYSIS, job);

        assertThat(result.missingRequired()).containsExactly("MySQL");
        assertThat(result.components().get("hardSkills").score()).isEqualTo(50);
        assertThat(result.components().get("hardSkills").explanation()).contains("MySQL partly, through PostgreSQL");
    }

    @Test
    void aRequiredSkillCountsMoreThanAPreferredOne() {
        PreparedJob job = MATCHER.prepare("Engineer\n\nRequirements\n- Terraform\n\nNice to have\n- Ansible\n");
        int withRequired = MATCHER.match(analyse("SKILLS\nTerraform\n"), job).components().get("hardSkills").score();
        int withPreferred = MATCHER.match(analyse("SKILLS\nAnsible\n"), job).components().get("hardSkills").score();

        assertThat(withRequired).isEqualTo(67);
        assertThat(withPreferred).isEqualTo(33);
    }

    @Test
    void aSoftSkillWeighsLessThanASkillOfTheTrade() {
        PreparedJob job = MATCHER.prepare("Engineer\n\nRequirements\n- Terraform\n- Communication skills\n");
        int soft = MATCHER.match(analyse("SKILLS\nCommunication skills\n"), job).components().get("hardSkills").score();
        int trade = MATCHER.match(analyse("SKILLS\nTerraform\n"), job).components().get("hardSkills").score();

        assertThat(soft).isEqualTo((int) Math.round(100 * SkillFit.SOFT_SKILL_SHARE / (1 + SkillFit.SOFT_SKILL_SHARE)));
        assertThat(trade).isEqualTo((int) Math.round(100 / (1 + SkillFit.SOFT_SKILL_SHARE)));
    }

    @Test
    void keywordsMeetAcrossWordFormsAndListTheMissingHeaviestFirst() {
        PreparedJob job = MATCHER.prepare("""
                Warehouse Supervisor

                Requirements
                - Management of warehouse teams and inventory
                - Forklift certification
                - Forklift operations on night shifts
                """);
        MatchResult result = MATCHER.match(analyse("EXPERIENCE\nManaged the warehouses of a grocery chain\n"), job);

        assertThat(result.missingKeywords()).doesNotContain("management", "warehouse")
                .contains("forklift", "shifts");
        // "forklift" is said twice, "shifts" once: the heavier comes first.
        assertThat(result.missingKeywords().indexOf("forklift")).isLessThan(result.missingKeywords().indexOf("shifts"));
        assertThat(result.components().get("keywords").explanation()).startsWith("Uses 2 of the ad's");
    }

    @Test
    void aSynonymEarnsPartOfAKeywordAndASuggestionToUseTheAdsWord() {
        PreparedJob job = MATCHER.prepare("Account Manager\n\nRequirements\n- Look after customers in the north region\n");
        MatchResult withSynonym = MATCHER.match(analyse("EXPERIENCE\nLooked after clients across the north region\n"), job);
        MatchResult withWord = MATCHER.match(analyse("EXPERIENCE\nLooked after customers across the north region\n"), job);
        MatchResult without = MATCHER.match(analyse("EXPERIENCE\nLooked after shops across the north region\n"), job);

        assertThat(withSynonym.components().get("keywords").score())
                .isGreaterThan(without.components().get("keywords").score())
                .isLessThan(withWord.components().get("keywords").score());
        assertThat(withSynonym.suggestions()).anySatisfy(s -> {
            assertThat(s.text()).contains("\"customers\"").contains("\"clients\"");
            assertThat(s.line()).isEqualTo(1);
        });
    }

    @Test
    void theTitleIsComparedByItsMainWordsWithSynonyms() {
        MatchResult result = MATCHER.match(ASHA_ANALYSIS, EVENTS);

        assertThat(result.components().get("titleSeniority").explanation())
                .contains("Closest title \"Backend Developer\" covers 100% of \"Backend Engineer\"");
        MatchResult artist = MATCHER.match(analyse(ARTIST), EVENTS);
        assertThat(artist.components().get("titleSeniority").explanation()).contains("No title in the resume");
    }

    @Test
    void suggestionsPointAtTheLinesThatSupportThem() {
        List<Suggestion> suggestions = MATCHER.match(ASHA_ANALYSIS, EVENTS).suggestions();
        List<String> lines = ASHA_ANALYSIS.facts().lines();

        assertThat(suggestions).anySatisfy(s -> {
            assertThat(s.text()).contains("Database Management").contains("PostgreSQL");
            assertThat(lines.get(s.line())).contains("Designed PostgreSQL schemas");
            assertThat(s.where()).isEqualTo("Experience, Kestrel Logistics (line " + (s.line() + 1) + ")");
        });
        assertThat(suggestions).anySatisfy(s -> {
            assertThat(s.text()).startsWith("You list Apache Kafka only among your skills");
            assertThat(lines.get(s.line())).contains("Built event pipelines");
        });
    }

    @Test
    void aSkillTheResumeShowsNoSignOfIsOnlyEverAGapNeverTextToAdd() {
        for (String resume : List.of(ASHA, ARTIST)) {
            MatchResult result = MATCHER.match(analyse(resume), EVENTS);
            for (String missing : result.missingRequired()) {
                assertThat(result.suggestions()).filteredOn(s -> s.text().contains(missing))
                        .allSatisfy(s -> {
                            assertThat(s.text()).contains("only if you have used");
                            assertThat(s.line()).isEqualTo(-1);
                        });
            }
        }
        assertThat(MATCHER.match(analyse(ARTIST), EVENTS).suggestions()).singleElement()
                .satisfies(s -> assertThat(s.text()).startsWith("Required skills your resume shows no sign of: "));
    }

    @Test
    void aFitScoresFarAboveAMisfit() {
        int fit = MATCHER.match(ASHA_ANALYSIS, EVENTS).score();
        int misfit = MATCHER.match(analyse(ARTIST), EVENTS).score();

        assertThat(fit).isGreaterThan(60);
        assertThat(misfit).isLessThan(15);
    }

    @Test
    void theSameInputsGiveTheSameResultAndTheSameJson() {
        ResumeMatcher other = new ResumeMatcher(SkillTaxonomy.shipped(), new HashingEmbedder());
        MatchResult first = MATCHER.match(ASHA_ANALYSIS, EVENTS);
        MatchResult second = other.match(analyse(ASHA), other.prepare(EVENTS_AD));

        assertThat(second).isEqualTo(first);
        assertThat(MatchCodec.toJson(second)).isEqualTo(MatchCodec.toJson(first));
        assertThat(MatchCodec.fromJson(MatchCodec.toJson(first))).contains(first);
    }

    @Test
    void severalThreadsSharingOnePreparedAdGetWhatOneThreadGets() throws Exception {
        List<ResumeAnalysis> resumes = List.of(ASHA_ANALYSIS, analyse(ARTIST), analyse(ASHA.replace("Kafka", "RabbitMQ")));
        List<MatchResult> expected = resumes.stream().map(r -> MATCHER.match(r, EVENTS)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MatchResult>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (ResumeAnalysis resume : resumes) {
                    futures.add(pool.submit(() -> MATCHER.match(resume, EVENTS)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(expected.get(i % resumes.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAdsDutiesAreEmbeddedOnceWhenPreparedNotPerResume() {
        HashingEmbedder embedder = new HashingEmbedder();
        ResumeMatcher matcher = new ResumeMatcher(SkillTaxonomy.shipped(), embedder);
        PreparedJob job = matcher.prepare(EVENTS_AD);
        int afterPrepare = embedder.calls.get();
        matcher.match(ASHA_ANALYSIS, job);
        int perResume = embedder.calls.get() - afterPrepare;

        assertThat(job.duties()).hasSize(3);
        assertThat(afterPrepare).isEqualTo(job.duties().size() + 1); // and the title
        assertThat(perResume).isBetween(1, SemanticFit.MAX_CHUNKS);
    }

    @Test
    void oddResumesGiveAResultNotAnException() {
        for (String text : List.of("", "x", "SKILLS\n" + "Java, ".repeat(2000), "\u0000\u0001 ☕ 🚀\nسيرة ذاتية")) {
            MatchResult result = MATCHER.match(analyse(text), EVENTS);
            assertThat(result.score()).isBetween(0, 100);
        }
    }
}
