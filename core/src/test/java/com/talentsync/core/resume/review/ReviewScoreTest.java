package com.talentsync.core.resume.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.talentsync.core.resume.extract.Contact;
import com.talentsync.core.resume.extract.ExperienceEntry;
import com.talentsync.core.resume.extract.ResumeFacts;
import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import com.talentsync.core.resume.layout.DocumentLayout;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewScoreTest {

    private final ResumeReviewer reviewer = new ResumeReviewer();

    private static int part(Review review, String name) {
        return review.parts().stream().filter(part -> part.name().equals(name)).findFirst().orElseThrow().points();
    }

    @Test
    void partsAreTheDocumentedSixAndAddUpToOneHundred() {
        Review review = new SampleResume().review();

        assertThat(review.parts()).extracting(ScorePart::name).containsExactly(ResumeReviewer.LENGTH,
                ResumeReviewer.IMPACT, ResumeReviewer.LANGUAGE, ResumeReviewer.STRUCTURE, ResumeReviewer.CONTACT,
                ResumeReviewer.ATS);
        assertThat(review.parts()).extracting(ScorePart::maxPoints).containsExactly(15, 25, 20, 20, 10, 10);
    }

    @Test
    void addingQuantifiedBulletsRaisesImpact() {
        SampleResume fewer = new SampleResume();
        fewer.bullets.forEach(list -> list.replaceAll(bullet -> "Improved the internal tooling."));
        SampleResume more = new SampleResume();
        more.bullets.forEach(list -> list.replaceAll(bullet -> "Improved the internal tooling."));
        more.bullets.getFirst().set(0, "Cut build times by 35% across 6 services.");
        more.bullets.get(1).set(0, "Saved $12,000 a year in licence costs.");

        int before = part(fewer.review(), ResumeReviewer.IMPACT);
        int after = part(more.review(), ResumeReviewer.IMPACT);

        assertThat(after).isGreaterThan(before);
    }

    @Test
    void addingWeakOpeningsLowersLanguage() {
        SampleResume clean = new SampleResume();
        SampleResume weak = new SampleResume();
        weak.bullets.getFirst().set(0, "Worked on the 3 payment gateways used by checkout.");

        int before = part(clean.review(), ResumeReviewer.LANGUAGE);
        int after = part(weak.review(), ResumeReviewer.LANGUAGE);
        weak.bullets.get(1).set(0, "Involved in hiring 4 engineers.");
        int afterTwo = part(weak.review(), ResumeReviewer.LANGUAGE);

        assertThat(after).isLessThan(before);
        assertThat(afterTwo).isLessThan(after);
    }

    @Test
    void lengthPeaksInTheIdealRange() {
        DocumentLayout layout = DocumentLayout.unknown();
        Findings findings = new Findings(new Places(List.of(), 0));

        assertThat(ResumeReviewer.length(520, layout, findings).points()).isEqualTo(15);
        assertThat(ResumeReviewer.length(450, layout, findings).points()).isEqualTo(11);
        assertThat(ResumeReviewer.length(700, layout, findings).points()).isEqualTo(11);
        assertThat(ResumeReviewer.length(350, layout, findings).points()).isEqualTo(7);
        assertThat(ResumeReviewer.length(200, layout, findings).points()).isEqualTo(3);
        assertThat(ResumeReviewer.length(40, layout, findings).points()).isZero();
        assertThat(ResumeReviewer.length(520, new DocumentLayout(4, true, 0, false, false, 0, 0, true), findings)
                .points()).isEqualTo(11);
    }

    static Stream<ResumeFacts> oddInputs() {
        Contact nobody = new Contact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        List<String> emojiRtl = List.of("\uD83D\uDE80 \u0645\u0647\u0646\u062F\u0633 \u0628\u0631\u0645\u062C\u064A\u0627\u062A",
                "\u2022 \u05E4\u05D9\u05EA\u05D7\u05EA\u05D9 \u05DE\u05E2\u05E8\u05DB\u05EA \uD83D\uDC4D 100%", "",
                "\u202Eevil override\u202C I did it");
        ExperienceEntry outOfRange = new ExperienceEntry("Dev", "Co", Optional.empty(), Optional.of(YearMonth.of(2020, 1)),
                Optional.empty(), true, 12, List.of("", "\u2022", "Helped"), 999);
        return Stream.of(
                new ResumeFacts(List.of(), nobody, List.of(), List.of(), 0, List.of(), List.of(), List.of(), List.of(),
                        List.of(), "", false),
                new ResumeFacts(List.of("Robin"), nobody, List.of(), List.of(), 0, List.of(), List.of(), List.of(),
                        List.of(), List.of(), "en", false),
                new ResumeFacts(emojiRtl, nobody, List.of(new Section(SectionKind.SUMMARY, "", 0, 4, "")), List.of(), 0,
                        List.of(), List.of(), List.of(), List.of(), List.of(), "ar", true),
                new ResumeFacts(List.of("x"), nobody, List.of(new Section(SectionKind.EXPERIENCE, "Work", -3, 50, ""),
                        new Section(SectionKind.OTHER, "A heading that is much longer than any section name should be", 5, 2, "")),
                        List.of(outOfRange), 12, List.of(), List.of(), List.of(), List.of(), List.of(), "en", false),
                new ResumeFacts(List.of("Robin", "Java"), nobody, List.of(new Section(SectionKind.EXPERIENCE, "Work", 7, 9, "")),
                        List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of(), "en", false));
    }

    @ParameterizedTest
    @MethodSource("oddInputs")
    void oddInputsNeverThrowAndStayInRange(ResumeFacts facts) {
        for (DocumentLayout layout : List.of(DocumentLayout.unknown(), DocumentLayout.plainText(),
                new DocumentLayout(9, false, 9, true, true, 9, 9, true),
                new DocumentLayout(9, false, 9, true, true, 9, 9, true, 40))) {
            assertThatCode(() -> reviewer.review(facts, layout, Optional.of("no such category"))).doesNotThrowAnyException();
            Review review = reviewer.review(facts, layout, Optional.empty());
            assertThat(review.score()).isBetween(0, 100)
                    .isEqualTo(review.parts().stream().mapToInt(ScorePart::points).sum());
            assertThat(review.parts()).allSatisfy(part -> assertThat(part.points()).isBetween(0, part.maxPoints()));
            assertThat(review.findings()).allSatisfy(finding ->
                    assertThat(finding.line()).isBetween(-1, Math.max(-1, facts.lines().size() - 1)));
        }
    }

    @Test
    void theWorstCaseScoresLowButNotBelowZero() {
        ResumeFacts empty = oddInputs().findFirst().orElseThrow();

        Review review = reviewer.review(empty, new DocumentLayout(5, false, 5, true, true, 3, 5, true), Optional.empty());

        assertThat(review.score()).isEqualTo(review.parts().stream().mapToInt(ScorePart::points).sum()).isBetween(0, 30);
        assertThat(review.findings()).extracting(Finding::code).contains("too-short", "no-text-layer", "missing-email");
    }

    @Test
    void theSameInputGivesTheSameReview() {
        ResumeFacts facts = new SampleResume().facts();
        DocumentLayout layout = new DocumentLayout(2, true, 0, true, false, 1, 0, true);

        assertThat(reviewer.review(facts, layout, Optional.of("Java Developer")))
                .isEqualTo(new ResumeReviewer().review(facts, layout, Optional.of("Java Developer")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            clean file                      | 1 | true  | true  | 0 | 10 | ''
            hidden runs in a clean file     | 1 | true  | true  | 3 | 6  | hidden-text
            hidden runs, layout unknown     | 0 | false | false | 2 | 6  | hidden-text
            layout unknown, nothing hidden  | 0 | false | false | 0 | 10 | ''
            hidden runs and no text layer   | 1 | false | true  | 1 | 0  | hidden-text no-text-layer
            """)
    void hiddenTextCostsAtsPointsWhateverElseIsKnown(String name, int pages, boolean textLayer, boolean known,
            int hiddenRuns, int points, String codes) {
        DocumentLayout layout = new DocumentLayout(pages, textLayer, 0, false, false, 0, 0, known, hiddenRuns);
        Findings findings = new Findings(new Places(List.of(), 0));

        assertThat(ResumeReviewer.ats(layout, findings).points()).isEqualTo(points);
        assertThat(findings.sorted()).extracting(Finding::code)
                .containsExactlyInAnyOrder(codes.isEmpty() ? new String[0] : codes.split(" "));
        assertThat(findings.sorted()).filteredOn(finding -> finding.code().equals("hidden-text"))
                .allSatisfy(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.PROBLEM);
                    assertThat(finding.message()).contains(hiddenRuns + " stretch", "keyword stuffing");
                });
    }

    @Test
    void versionNamesTheRuleSet() {
        assertThat(ResumeReviewer.version()).matches("review-\\d+");
    }
}
