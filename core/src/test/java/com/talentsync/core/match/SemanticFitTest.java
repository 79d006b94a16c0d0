package com.talentsync.core.match;

import static com.talentsync.core.match.MatchFixtures.ASHA;
import static com.talentsync.core.match.MatchFixtures.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SemanticFitTest {

    private static final SkillFinder FINDER = new SkillFinder(SkillTaxonomy.shipped());

    private static ResumeEvidence evidence(String text) {
        return ResumeEvidence.of(analyse(text), ResumeGuard.AdContext.NONE, FINDER);
    }

    @Test
    void chunksComeFromTheSummaryAndTheJobsFirstAndAreCapped() {
        List<SemanticFit.Chunk> chunks = SemanticFit.chunks(evidence(ASHA));

        assertThat(chunks).hasSizeLessThanOrEqualTo(SemanticFit.MAX_CHUNKS);
        assertThat(chunks.get(0).label()).isEqualTo("summary");
        assertThat(chunks.get(0).text()).startsWith("Backend developer with six years");
        assertThat(chunks.get(1).label()).isEqualTo("Kestrel Logistics job");
        assertThat(chunks.get(1).text()).startsWith("Software Engineer - Built event pipelines");
        assertThat(chunks).allSatisfy(c -> assertThat(c.text().split("\\s+")).hasSizeLessThanOrEqualTo(SemanticFit.CHUNK_WORDS));
    }

    @Test
    void aHugeResumeStillCostsABoundedNumberOfShortChunks() {
        StringBuilder text = new StringBuilder("SUMMARY\n");
        for (int i = 0; i < 200; i++) {
            text.append("Built payment service ").append(i).append(" for shop ").append(i).append(". ");
        }
        text.append("\nEXPERIENCE\n");
        for (int i = 0; i < 40; i++) {
            text.append("Engineer, Company ").append(i).append(", Jan 2010 - Dec 2011\n");
            for (int k = 0; k < 20; k++) {
                text.append("- Shipped checkout feature ").append(k).append(" and measured its effect on sales\n");
            }
        }

        List<SemanticFit.Chunk> chunks = SemanticFit.chunks(evidence(text.toString()));

        assertThat(chunks).hasSize(SemanticFit.MAX_CHUNKS);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text().split("\\s+")).hasSize(SemanticFit.CHUNK_WORDS));
    }

    @Test
    void contactDetailsAndSchoolingAreNeverCompared() {
        List<SemanticFit.Chunk> chunks = SemanticFit.chunks(evidence("""
                CONTACT
                asha.rao@example.com, +44 20 7946 0000, 12 Long Street, Leeds, United Kingdom
                EDUCATION
                B.Sc. Computer Science, University of Leeds, 2018, first class honours with distinction
                SKILLS
                Java, Spring Boot, PostgreSQL, Kafka, Docker, Kubernetes, Terraform
                """));

        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("skills section");
            assertThat(c.text()).doesNotContain("Leeds");
        });
    }

    @Test
    void withoutDutiesTheAdsOwnSentencesAreComparedAndTheTitleIsNotOneOfThem() {
        JobDescription ad = new JobDescription("Barista", Seniority.UNKNOWN, List.of(), List.of(), OptionalInt.empty(),
                EducationLevel.NONE, List.of(), List.of(), List.of());
        String text = "Barista\nWe roast our own beans in the back of the shop. You will make coffee for early commuters. Join us!";

        assertThat(SemanticFit.duties(ad, text)).containsExactly("We roast our own beans in the back of the shop.",
                "You will make coffee for early commuters.");
    }

    @Test
    void dutiesAreCappedInNumberAndLength() {
        List<String> many = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> "Duty number " + i + " " + "with many words ".repeat(20)).toList();
        JobDescription ad = new JobDescription("", Seniority.UNKNOWN, List.of(), List.of(), OptionalInt.empty(),
                EducationLevel.NONE, List.of(), many, List.of());

        List<String> duties = SemanticFit.duties(ad, "");

        assertThat(duties).hasSize(SemanticFit.MAX_DUTIES);
        assertThat(duties).allSatisfy(d -> assertThat(d.split(" ")).hasSize(SemanticFit.DUTY_WORDS));
    }

    @Test
    void anAdWithoutTitleOrSentencesLeavesThePartOut() {
        MatchComponent c = SemanticFit.score("", new float[0], List.of(), List.of(), evidence(ASHA), new HashingEmbedder(), 0.35);

        assertThat(c.weight()).isZero();
        assertThat(c.explanation()).contains("left out");
    }
}
