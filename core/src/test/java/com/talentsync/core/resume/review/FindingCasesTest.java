package com.talentsync.core.resume.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.layout.DocumentLayout;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One change to the clean sample per row, and the finding code it must raise. */
class FindingCasesTest {

    private static final String WEAK = "Responsible for the billing service and its on-call rota across regions.";

    @Test
    void theSampleIsCleanAndScoresFullMarks() {
        Review review = new SampleResume().review();

        assertThat(review.wordCount()).isBetween(ResumeReviewer.IDEAL_MIN_WORDS, ResumeReviewer.IDEAL_MAX_WORDS);
        assertThat(review.findings()).isEmpty();
        assertThat(review.score()).isEqualTo(100);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("too-short", s -> {
                    s.bullets.forEach(list -> list.subList(1, list.size()).clear());
                }),
                row("too-long", s -> s.bullets.forEach(list -> list.addAll(List.copyOf(list)))),
                row("too-many-pages", s -> s.layout = new DocumentLayout(3, true, 0, false, false, 0, 0, true)),
                row("no-bullets", s -> s.bullets.forEach(List::clear)),
                row("few-quantified-bullets", s -> s.bullets.forEach(list -> list.replaceAll(b -> "Improved the service."))),
                row("weak-opening", s -> s.bullets.getFirst().set(0, WEAK)),
                row("first-person", s -> s.summary = "I build payment systems in Java and my teams ship every week."),
                row("long-bullet", s -> s.bullets.getFirst().set(0, ("Cut report time by 40% " + "and more ".repeat(14)).strip())),
                row("missing-experience", s -> s.experienceSection = false),
                row("missing-education", s -> s.educationSection = false),
                row("missing-skills", s -> s.skillsSection = false),
                row("inconsistent-date-format", s -> s.dates[1] = "01/2018 - 02/2021"),
                row("unexplained-gap", s -> s.extra = b -> b.gap(YearMonth.of(2018, 1), YearMonth.of(2018, 10))),
                row("missing-email", s -> s.extra = b -> b.contact(ResumeBuilder.contact(false, true, true))),
                row("missing-phone", s -> s.extra = b -> b.contact(ResumeBuilder.contact(true, false, true))),
                row("missing-linkedin", s -> s.extra = b -> b.contact(ResumeBuilder.contact(true, true, false))),
                row("no-text-layer", s -> s.layout = new DocumentLayout(1, false, 1, false, false, 0, 1, true)),
                row("image-only-pages", s -> s.layout = new DocumentLayout(2, true, 1, false, false, 0, 1, true)),
                row("multi-column-layout", s -> s.layout = new DocumentLayout(1, true, 0, true, false, 0, 0, true)),
                row("text-in-header-footer", s -> s.layout = new DocumentLayout(2, true, 0, false, true, 0, 0, true)),
                row("tables-in-layout", s -> s.layout = new DocumentLayout(1, true, 0, false, false, 2, 0, true)),
                row("hidden-text", s -> s.layout = new DocumentLayout(1, true, 0, false, false, 0, 0, true, 3)),
                row("limited-extraction", s -> s.extra = b -> b.language("de", true)));
    }

    private static Arguments row(String code, Consumer<SampleResume> change) {
        return Arguments.of(code, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachChangeRaisesItsFinding(String code, Consumer<SampleResume> change) {
        SampleResume sample = new SampleResume();
        change.accept(sample);

        Review review = sample.review();

        assertThat(review.findings()).extracting(Finding::code).contains(code);
        assertThat(review.findings()).allSatisfy(finding -> {
            assertThat(finding.message()).isNotBlank().doesNotContain("\n");
            assertThat(finding.where()).isNotBlank();
        });
    }

    @Test
    void everyDocumentedCodeHasACase() {
        List<Object> covered = cases().map(arguments -> arguments.get()[0]).toList();
        String javadocCodes = "too-short too-long too-many-pages no-bullets few-quantified-bullets weak-opening"
                + " first-person long-bullet missing-experience missing-education missing-skills"
                + " inconsistent-date-format unexplained-gap missing-email missing-phone missing-linkedin"
                + " no-text-layer image-only-pages multi-column-layout text-in-header-footer tables-in-layout"
                + " hidden-text limited-extraction";
        assertThat(covered).containsExactlyInAnyOrder((Object[]) javadocCodes.split(" "));
    }

    @Test
    void weakOpeningPointsAtItsLineAndSuggestsVerbs() {
        SampleResume sample = new SampleResume();
        sample.bullets.get(1).set(2, "I was responsible for nightly backups of 14 databases.");
        var facts = sample.facts();
        int line = facts.lines().indexOf("\u2022 I was responsible for nightly backups of 14 databases.");

        Review review = new ResumeReviewer().review(facts, sample.layout, sample.category);

        Finding weak = review.findings().stream().filter(f -> f.code().equals("weak-opening")).findFirst().orElseThrow();
        assertThat(weak.line()).isEqualTo(line);
        assertThat(weak.where()).isEqualTo("Experience, line " + (line + 1));
        assertThat(weak.message()).contains("\"responsible for\"").contains("\"Led\"");
        assertThat(review.findings()).extracting(Finding::code).contains("first-person");
    }

    @Test
    void mixedDatesPointAtTheFirstLineOfTheSecondFormat() {
        SampleResume sample = new SampleResume();
        sample.dates[2] = "2015 - 2017";
        var facts = sample.facts();

        Finding finding = new ResumeReviewer().review(facts, sample.layout, sample.category).findings().getFirst();

        assertThat(finding.code()).isEqualTo("inconsistent-date-format");
        assertThat(facts.lines().get(finding.line())).isEqualTo("2015 - 2017");
        assertThat(finding.message()).contains("\"Mar 2021\"").contains("\"2015\"");
    }

    @Test
    void gapsExplainedByABreakOrByStudyAreNotReported() {
        SampleResume onBreak = new SampleResume();
        onBreak.extraLines.add("2017-2018: career break to care for a family member");
        onBreak.extra = b -> b.gap(YearMonth.of(2017, 1), YearMonth.of(2018, 1));
        SampleResume studying = new SampleResume();
        studying.extra = b -> b.gap(YearMonth.of(2014, 6), YearMonth.of(2015, 7));

        assertThat(onBreak.review().findings()).extracting(Finding::code).doesNotContain("unexplained-gap");
        assertThat(studying.review().findings()).extracting(Finding::code).doesNotContain("unexplained-gap");
    }

    @Test
    void gapsOfSixMonthsOrLessAreNotReported() {
        SampleResume sample = new SampleResume();
        sample.extra = b -> b.gap(YearMonth.of(2018, 1), YearMonth.of(2018, 7));

        assertThat(sample.review().findings()).extracting(Finding::code).doesNotContain("unexplained-gap");
    }

    @Test
    void linkedInIsOnlyExpectedForTechRoles() {
        SampleResume sales = new SampleResume();
        sales.category = Optional.of("Sales");
        sales.extra = b -> b.contact(ResumeBuilder.contact(true, true, false));
        SampleResume unknown = new SampleResume();
        unknown.category = Optional.empty();
        unknown.extra = b -> b.contact(ResumeBuilder.contact(true, true, false));

        assertThat(sales.review().findings()).extracting(Finding::code).doesNotContain("missing-linkedin");
        assertThat(unknown.review().findings()).extracting(Finding::code).doesNotContain("missing-linkedin");
    }

    @Test
    void withoutATextLayerOtherLayoutFindingsAreLeftOut() {
        SampleResume sample = new SampleResume();
        sample.layout = new DocumentLayout(1, false, 1, true, true, 1, 1, true);

        List<String> codes = new ArrayList<>(sample.review().findings().stream().map(Finding::code).toList());

        assertThat(codes).contains("no-text-layer")
                .doesNotContain("image-only-pages", "multi-column-layout", "text-in-header-footer", "tables-in-layout");
    }

    @Test
    void anUnknownLayoutRaisesNoLayoutFindings() {
        SampleResume sample = new SampleResume();
        sample.layout = DocumentLayout.unknown();

        Review review = sample.review();

        assertThat(review.findings()).isEmpty();
        assertThat(review.score()).isEqualTo(100);
    }

    @Test
    void findingsComeMostSeriousFirst() {
        SampleResume sample = new SampleResume();
        sample.bullets.getFirst().set(0, WEAK);
        sample.extra = b -> b.contact(ResumeBuilder.contact(false, true, true));

        List<Finding> findings = sample.review().findings();

        assertThat(findings.getFirst().code()).isEqualTo("missing-email");
        assertThat(findings.getFirst().severity()).isEqualTo(Severity.PROBLEM);
        assertThat(findings.getLast().severity()).isEqualTo(Severity.SUGGESTION);
    }

    @Test
    void oneCodeIsReportedForAtMostTenLines() {
        SampleResume sample = new SampleResume();
        sample.bullets.forEach(list -> list.replaceAll(bullet -> "Helped with " + bullet));

        Review review = sample.review();

        assertThat(review.findings()).filteredOn(f -> f.code().equals("weak-opening"))
                .hasSize(ResumeReviewer.MAX_FINDINGS_PER_CODE);
    }
}
