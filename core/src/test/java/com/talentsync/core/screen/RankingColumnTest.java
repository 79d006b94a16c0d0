package com.talentsync.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RankingColumnTest {

    private static final ScreenedResume ASHA = ScreeningFixtures.screened("b-asha.txt", ScreeningFixtures.asha(), 70,
            List.of("Java", "SQL"), List.of("Docker"));
    private static final ScreenedResume VIKRAM = ScreeningFixtures.screened("a-vikram.txt", ScreeningFixtures.vikram(), 70,
            List.of("Java", "SQL", "Docker"), List.of());
    private static final ScreenedResume MEERA = ScreeningFixtures.screened("c-meera.txt", ScreeningFixtures.meera(), 40,
            List.of("Java"), List.of("SQL", "Docker"));
    private static final ScreenedResume RAVI = ScreeningFixtures.screened("d-ravi.txt", ScreeningFixtures.ravi(), 90,
            List.of("SQL"), List.of("Java", "Docker"));
    private static final List<ScreenedResume> ALL = List.of(ASHA, VIKRAM, MEERA, RAVI);

    static Stream<Arguments> sorts() {
        return Stream.of(
                Arguments.of(RankingColumn.SCORE, true, List.of("d-ravi.txt", "a-vikram.txt", "b-asha.txt", "c-meera.txt")),
                Arguments.of(RankingColumn.SCORE, false, List.of("c-meera.txt", "a-vikram.txt", "b-asha.txt", "d-ravi.txt")),
                Arguments.of(RankingColumn.FILE, false, List.of("a-vikram.txt", "b-asha.txt", "c-meera.txt", "d-ravi.txt")),
                Arguments.of(RankingColumn.NAME, false, List.of("b-asha.txt", "c-meera.txt", "d-ravi.txt", "a-vikram.txt")),
                Arguments.of(RankingColumn.CATEGORY, false, List.of("d-ravi.txt", "a-vikram.txt", "b-asha.txt", "c-meera.txt")),
                Arguments.of(RankingColumn.YEARS, true, List.of("c-meera.txt", "b-asha.txt", "a-vikram.txt", "d-ravi.txt")),
                Arguments.of(RankingColumn.MATCHED_SKILLS, true, List.of("a-vikram.txt", "b-asha.txt", "c-meera.txt", "d-ravi.txt")),
                Arguments.of(RankingColumn.MISSING_REQUIRED, false, List.of("a-vikram.txt", "b-asha.txt", "c-meera.txt", "d-ravi.txt")));
    }

    @ParameterizedTest(name = "{0} descending={1}")
    @MethodSource("sorts")
    void sortsByTheColumnWithTiesInFileNameOrder(RankingColumn column, boolean descending, List<String> expected) {
        assertThat(column.sort(ALL, descending)).extracting(ScreenedResume::file).containsExactlyElementsOf(expected);
        assertThat(ALL.stream().sorted(column.order(descending, (ScreenedResume r) -> r)).map(ScreenedResume::file))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void bestFirstIsHighestScoreThenFileName() {
        assertThat(ALL.stream().sorted(RankingColumn.BEST_FIRST).map(ScreenedResume::file))
                .containsExactly("d-ravi.txt", "a-vikram.txt", "b-asha.txt", "c-meera.txt");
    }
}
