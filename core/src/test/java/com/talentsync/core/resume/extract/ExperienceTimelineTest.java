package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperienceTimelineTest {

    private static final YearMonth TODAY = YearMonth.of(2026, 11);

    /**
     * @param jobs  "from..to" spans joined by spaces; "to" may be "now" (current) or "-" (unknown end)
     * @param gaps  "from..to=months" gaps joined by spaces, or empty
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            2015-01..2016-12                                 ; 24  ;
            2015-01..2016-12 2016-06..2017-06                ; 30  ;
            2015-01..2017-06 2015-06..2015-09                ; 30  ;
            2015-01..2015-12 2016-08..2016-12                ; 17  ; 2016-01..2016-07=7
            2015-01..2015-12 2016-07..2016-12                ; 18  ;
            2015-01..2015-03 2015-04..2015-06                ; 6   ;
            2020-01..2021-12 2010-01..2011-12                ; 48  ; 2012-01..2019-12=96
            2024-01..now                                     ; 35  ;
            2018-01..2019-12 2021-06..now 2019-06..2020-03   ; 93  ; 2020-04..2021-05=14
            2025-06..2027-06                                 ; 18  ;
            2019-03..-                                       ; 1   ;
            """)
    void countsOverlapsOnceAndReportsLongGaps(String jobs, int totalMonths, String gaps) {
        ExperienceTimeline timeline = new ExperienceTimeline(parse(jobs), TODAY);

        assertThat(timeline.totalMonths()).isEqualTo(totalMonths);
        List<String> expectedGaps = gaps == null ? List.of() : List.of(gaps.split(" "));
        assertThat(timeline.gaps()).extracting(gap -> gap.from() + ".." + gap.to() + "=" + gap.months())
                .containsExactlyElementsOf(expectedGaps);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            2015-01..2015-12 2016-07..2016-12  ; 0
            2015-01..2015-12 2016-08..2016-12  ; 1
            """)
    void aGapMustBeLongerThanSixMonths(String jobs, int gapCount) {
        assertThat(new ExperienceTimeline(parse(jobs), TODAY).gaps()).hasSize(gapCount);
    }

    private static List<ExperienceEntry> parse(String jobs) {
        List<ExperienceEntry> entries = new ArrayList<>();
        for (String job : jobs.split(" ")) {
            String[] ends = job.split("\\.\\.");
            YearMonth start = YearMonth.parse(ends[0]);
            boolean current = ends[1].equals("now");
            Optional<YearMonth> end = current || ends[1].equals("-") ? Optional.empty() : Optional.of(YearMonth.parse(ends[1]));
            entries.add(new ExperienceEntry("Engineer", "Acme", Optional.empty(), Optional.of(start), end, current, 0,
                    List.of(), 0));
        }
        return entries;
    }
}
