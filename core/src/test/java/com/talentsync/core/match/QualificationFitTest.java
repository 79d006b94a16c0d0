package com.talentsync.core.match;

import static com.talentsync.core.match.MatchFixtures.ASHA;
import static com.talentsync.core.match.MatchFixtures.analyse;
import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualificationFitTest {

    private static final SkillFinder FINDER = new SkillFinder(SkillTaxonomy.shipped());
    /** Kestrel from Jan 2021 to the fixed clock's Nov 2026 (71 months) and Larkspur for 22: 93 months. */
    private static final ResumeEvidence ASHA_EVIDENCE = ResumeEvidence.of(analyse(ASHA), ResumeGuard.AdContext.NONE, FINDER);

    private static JobDescription ad(OptionalInt years, EducationLevel degree, List<String> certifications) {
        return new JobDescription("Engineer", Seniority.UNKNOWN, List.of(), List.of(), years, degree, certifications,
                List.of(), List.of());
    }

    @ParameterizedTest(name = "{0} years asked -> {1}")
    @CsvSource({"2, 100", "7, 100", "8, 97", "10, 78", "20, 39"})
    void yearsCountInFullAtOrAboveWhatIsAskedAndInProportionBelow(int asked, int score) {
        MatchComponent c = QualificationFit.experience(ad(OptionalInt.of(asked), EducationLevel.NONE, List.of()),
                ASHA_EVIDENCE, 1.0, 0.1);

        assertThat(ASHA_EVIDENCE.facts.totalExperienceMonths()).isEqualTo(93);
        assertThat(c.score()).isEqualTo(score);
        assertThat(c.explanation()).startsWith("7 years 9 months of experience").contains(String.valueOf(asked));
    }

    @Test
    void farMoreThanAskedIsMentionedNotPenalised() {
        MatchComponent c = QualificationFit.experience(ad(OptionalInt.of(2), EducationLevel.NONE, List.of()),
                ASHA_EVIDENCE, 1.0, 0.1);

        assertThat(c.score()).isEqualTo(100);
        assertThat(c.explanation()).contains("well above the 2");
    }

    @Test
    void yearsInAnotherFieldCountOnlyAsFarAsTheResumeFitsTheAd() {
        JobDescription fourYears = ad(OptionalInt.of(4), EducationLevel.NONE, List.of());

        assertThat(QualificationFit.experience(fourYears, ASHA_EVIDENCE, QualificationFit.FIELD_FULL, 0.1).score()).isEqualTo(100);
        MatchComponent half = QualificationFit.experience(fourYears, ASHA_EVIDENCE, QualificationFit.FIELD_FULL / 2, 0.1);
        assertThat(half.score()).isEqualTo(50);
        assertThat(half.explanation()).contains("counted at 50%");
        assertThat(QualificationFit.experience(fourYears, ASHA_EVIDENCE, 0, 0.1).explanation()).contains("none of it counts");
    }

    @Test
    void noYearsAskedLeavesThePartOut() {
        MatchComponent c = QualificationFit.experience(ad(OptionalInt.empty(), EducationLevel.NONE, List.of()),
                ASHA_EVIDENCE, 1.0, 0.1);

        assertThat(c.weight()).isZero();
        assertThat(c.explanation()).isEqualTo("The ad asks for no number of years; this part is left out.");
    }

    @Test
    void noDatedJobsIsSaidPlainly() {
        ResumeEvidence none = ResumeEvidence.of(analyse("SKILLS\nJava\n"), ResumeGuard.AdContext.NONE, FINDER);
        MatchComponent c = QualificationFit.experience(ad(OptionalInt.of(3), EducationLevel.NONE, List.of()), none, 1.0, 0.1);

        assertThat(c.score()).isZero();
        assertThat(c.explanation()).isEqualTo("No dated jobs were found in the resume; the ad asks for 3+ years.");
    }

    @ParameterizedTest(name = "{0} asked of a B.Sc. -> {1}")
    @CsvSource({"DIPLOMA, 100", "BACHELOR, 100", "MASTER, 50", "DOCTORATE, 20"})
    void theHighestDegreeIsComparedWithTheLowestAsked(EducationLevel asked, int score) {
        MatchComponent c = QualificationFit.education(ad(OptionalInt.empty(), asked, List.of()), ASHA_EVIDENCE, 0.05);

        assertThat(c.score()).isEqualTo(score);
        assertThat(c.explanation()).startsWith("A bachelor's degree " + (score == 100 ? "meets" : "is below"));
    }

    @Test
    void certificationsAskedAreLookedForUnderAnyOfTheirSpellings() {
        ResumeEvidence certified = ResumeEvidence.of(analyse(ASHA + "\nCERTIFICATIONS\nCertified Kubernetes Administrator (CKA)\n"),
                ResumeGuard.AdContext.NONE, FINDER);
        JobDescription asks = ad(OptionalInt.empty(), EducationLevel.BACHELOR,
                List.of("Certified Kubernetes Administrator", "CISSP"));

        MatchComponent c = QualificationFit.education(asks, certified, 0.05);

        // degree 1.0 x 0.7 + certifications 1 of 2 x 0.3
        assertThat(c.score()).isEqualTo(85);
        assertThat(c.explanation()).contains("1 of 2 certifications asked found (missing CISSP)");
    }

    @Test
    void noDegreeAndNoCertificationAskedLeavesThePartOut() {
        MatchComponent c = QualificationFit.education(ad(OptionalInt.empty(), EducationLevel.NONE, List.of()), ASHA_EVIDENCE, 0.05);

        assertThat(c.weight()).isZero();
        assertThat(c.explanation()).contains("left out");
    }
}
