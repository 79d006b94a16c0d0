package com.talentsync.core.resume.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.review.ReviewLexicon.WeakOpening;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconAndTipsTest {

    /** The 25 categories the classifier predicts. */
    static final List<String> CATEGORIES = List.of("Advocate", "Arts", "Automation Testing", "Blockchain",
            "Business Analyst", "Civil Engineer", "Data Science", "Database", "DevOps Engineer", "DotNet Developer",
            "ETL Developer", "Electrical Engineering", "HR", "Hadoop", "Health and fitness", "Java Developer",
            "Mechanical Engineer", "Network Security Engineer", "Operations Manager", "PMO", "Python Developer",
            "SAP Developer", "Sales", "Testing", "Web Designing");

    @ParameterizedTest(name = "\"{0}\" opens with \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Responsible for the payroll run        | responsible for",
        "I was responsible for the payroll run  | responsible for",
        "responsible   for payroll              | responsible for",
        "Worked on the search service           | worked on",
        "Helped the team ship faster            | helped",
        "Duties included month-end reports      | duties included",
        "Involved in the ERP rollout            | involved in",
        "Tasked with cutting costs              | tasked with",
        "Assisted with audits                   | assisted with",
        "In charge of the warehouse             | in charge of"})
    void weakOpeningsAreFound(String bullet, String phrase) {
        Optional<WeakOpening> opening = ReviewLexicon.get().weakOpening(bullet);

        assertThat(opening).map(WeakOpening::phrase).contains(phrase);
        assertThat(opening.orElseThrow().suggestions()).isNotEmpty().allSatisfy(verb -> assertThat(verb).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Led the payroll run", "Helpdesk lead for 40 users", "Built what the team was responsible for",
            "Workedon typo stays unmatched", ""})
    void strongOrUnrelatedOpeningsAreNot(String bullet) {
        assertThat(ReviewLexicon.get().weakOpening(bullet)).isEmpty();
    }

    @Test
    void theWeakOpeningsTheReviewPromisesAreInTheLexicon() {
        for (String phrase : List.of("responsible for", "worked on", "helped", "duties included", "involved in",
                "tasked with", "assisted with")) {
            assertThat(ReviewLexicon.get().weakOpening(phrase + " x")).as(phrase).isPresent();
        }
        assertThat(ReviewLexicon.get().weakPhraseCount()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void gapReasonsAreRecognised() {
        assertThat(ReviewLexicon.get().explainsGap("2019: sabbatical, travelled in asia")).isTrue();
        assertThat(ReviewLexicon.get().explainsGap("senior engineer at example corp")).isFalse();
    }

    @Test
    void everyCategoryHasThreeToFiveTipsOfEachKind() {
        CategoryTips tips = CategoryTips.get();
        for (String category : CATEGORIES) {
            assertThat(tips.has(category)).as(category).isTrue();
            CategoryTips.Tips own = tips.forCategory(Optional.of(category));
            assertThat(own.resume()).as(category + " resume tips").hasSizeBetween(3, 5);
            assertThat(own.interview()).as(category + " interview tips").hasSizeBetween(3, 5);
            assertThat(own.resume()).as(category + " has its own tips")
                    .isNotEqualTo(tips.forCategory(Optional.empty()).resume());
        }
        CategoryTips.Tips general = tips.forCategory(Optional.empty());
        assertThat(general.resume()).hasSizeBetween(3, 5);
        assertThat(general.interview()).hasSizeBetween(3, 5);
    }

    @Test
    void theTipsFileHasNoEmptyOrUnknownEntries() {
        List<String> lines = ReviewLexicon.lines(CategoryTips.RESOURCE);

        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            String[] columns = line.split("\t", -1);
            assertThat(columns).as(line).hasSize(3);
            assertThat(columns[0]).as(line).isNotBlank();
            assertThat(columns[1]).as(line).isIn("resume", "interview");
            assertThat(columns[2].strip()).as(line).hasSizeGreaterThan(20).doesNotContain("\t");
        });
        assertThat(CategoryTips.get().categories()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(CATEGORIES.stream(), Stream.of(CategoryTips.GENERAL))
                        .toList());
        assertThat(lines).doesNotHaveDuplicates();
    }

    @Test
    void unknownOrMissingCategoriesFallBackToGeneralTips() {
        CategoryTips tips = CategoryTips.get();
        CategoryTips.Tips general = tips.forCategory(Optional.of(CategoryTips.GENERAL));

        assertThat(tips.forCategory(Optional.of("Astronaut"))).isEqualTo(general);
        assertThat(tips.forCategory(Optional.empty())).isEqualTo(general);
        assertThat(tips.forCategory(Optional.of("  java developer "))).isEqualTo(tips.forCategory(Optional.of("Java Developer")));
    }

    @Test
    void theReviewCarriesTheCategoryTips() {
        SampleResume sample = new SampleResume();
        sample.category = Optional.of("Sales");

        Review review = sample.review();

        CategoryTips.Tips sales = CategoryTips.get().forCategory(Optional.of("Sales"));
        assertThat(review.resumeTips()).isEqualTo(sales.resume());
        assertThat(review.interviewTips()).isEqualTo(sales.interview());
    }
}
