package com.talentsync.core.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RankingFilterTest {

    // Asha: Java Developer since Jan 2018 (8 years by the fixtures' clock), score 80, Kafka shown.
    private static final ScreenedResume ASHA = ScreeningFixtures.screened("asha.txt", ScreeningFixtures.asha(), 80,
            List.of("Java", "SQL"), List.of("Docker"));
    // Vikram: Java Developer since Mar 2020 (6 years), score 60.
    private static final ScreenedResume VIKRAM = ScreeningFixtures.screened("people/vikram.docx",
            ScreeningFixtures.vikram(), 60, List.of("Java", "SQL", "Docker"), List.of());
    // Meera: Testing since Jul 2016 (9 years), score 40.
    private static final ScreenedResume MEERA = ScreeningFixtures.screened("meera.pdf", ScreeningFixtures.meera(), 40,
            List.of("Java"), List.of("SQL", "Docker"));
    // Ravi: Data Science since Feb 2021 (5 years), score 20.
    private static final ScreenedResume RAVI = ScreeningFixtures.screened("ravi.txt", ScreeningFixtures.ravi(), 20,
            List.of("SQL"), List.of("Java", "Docker"));
    private static final List<ScreenedResume> ALL = List.of(ASHA, VIKRAM, MEERA, RAVI);

    static Stream<Arguments> filters() {
        RankingFilter none = RankingFilter.none();
        return Stream.of(
                Arguments.of("nothing set", none, List.of("asha.txt", "people/vikram.docx", "meera.pdf", "ravi.txt")),
                Arguments.of("category, any case", none.withCategory("java developer"),
                        List.of("asha.txt", "people/vikram.docx")),
                Arguments.of("blank category is none", none.withCategory("  "),
                        List.of("asha.txt", "people/vikram.docx", "meera.pdf", "ravi.txt")),
                Arguments.of("minimum score is inclusive", none.withMinScore(60), List.of("asha.txt", "people/vikram.docx")),
                Arguments.of("skill the job matched", none.withMustHaveSkills(List.of("docker")), List.of("people/vikram.docx")),
                Arguments.of("skill found in the resume, by alias", none.withMustHaveSkills(List.of("Kafka")),
                        List.of("asha.txt")),
                Arguments.of("all skills needed", none.withMustHaveSkills(List.of("Java", "Selenium")), List.of("meera.pdf")),
                Arguments.of("minimum years", none.withMinYears(7), List.of("asha.txt", "meera.pdf")),
                Arguments.of("text in the resume", none.withQuery("jenkins"), List.of("meera.pdf")),
                Arguments.of("every word must appear", none.withQuery("Kafka settlement"), List.of("asha.txt")),
                Arguments.of("words from name and file", none.withQuery("shah people/"), List.of("people/vikram.docx")),
                Arguments.of("no match", none.withQuery("kubernetes"), List.of()),
                Arguments.of("conditions combine", none.withCategory("Java Developer").withMinYears(7).withMinScore(50),
                        List.of("asha.txt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void keepsWhatPassesEveryConditionInTheOrderGiven(String label, RankingFilter filter, List<String> expected) {
        assertThat(filter.apply(ALL)).extracting(ScreenedResume::file).containsExactlyElementsOf(expected);
        assertThat(ALL.stream().filter(filter::test).map(ScreenedResume::file).toList()).isEqualTo(expected);
    }

    @Test
    void theFixturesHaveTheExperienceTheTableAssumes() {
        assertThat(List.of(ASHA.years(), VIKRAM.years(), MEERA.years(), RAVI.years()))
                .allSatisfy(years -> assertThat(years).isGreaterThan(4.0));
        assertThat(ASHA.experienceMonths()).isGreaterThanOrEqualTo(84);
        assertThat(VIKRAM.experienceMonths()).isLessThan(84);
        assertThat(MEERA.experienceMonths()).isGreaterThanOrEqualTo(84);
        assertThat(RAVI.experienceMonths()).isLessThan(84);
    }

    @Test
    void blankSkillsAndQueriesAreIgnoredAndBadBoundsRefused() {
        RankingFilter filter = new RankingFilter(Optional.of(" "), 0, List.of(" ", ""), 0, "   ");

        assertThat(filter).isEqualTo(RankingFilter.none());
        assertThatThrownBy(() -> RankingFilter.none().withMinScore(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankingFilter.none().withMinYears(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
