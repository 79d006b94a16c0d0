package com.talentsync.core.resume.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeParserTest {

    private static final YearMonth TODAY = YearMonth.from(SampleResumes.TODAY);

    private final DateRangeParser parser = new DateRangeParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            03/2019 - 06/2020                      ; 2019-03 ; 2020-06
            2019-03 to 2020-01                     ; 2019-03 ; 2020-01
            Mar 2019 – Present                     ; 2019-03 ; present
            March 2019 - Current                   ; 2019-03 ; present
            Mar '19 - Jan '21                      ; 2019-03 ; 2021-01
            Spring 2020 – Fall 2021                ; 2020-03 ; 2021-09
            Winter 2019 - Summer 2019              ; 2019-01 ; 2019-06
            2019 to date                           ; 2019-01 ; present
            2019 - present                         ; 2019-01 ; present
            Jan 2018 – Dec 2019                    ; 2018-01 ; 2019-12
            Jan 2018 — Dec 2019                    ; 2018-01 ; 2019-12
            Jan 2018 -- Dec 2019                   ; 2018-01 ; 2019-12
            2017-2019                              ; 2017-01 ; 2019-12
            2017 – 2019                            ; 2017-01 ; 2019-12
            06/2015 - 08/2017                      ; 2015-06 ; 2017-08
            6/2015-8/2017                          ; 2015-06 ; 2017-08
            Jul 2019 till date                     ; 2019-07 ; present
            Jul 2019 - Till Date                   ; 2019-07 ; present
            2015 - now                             ; 2015-01 ; present
            November 2017 to Present               ; 2017-11 ; present
            Since March 2020                       ; 2020-03 ; present
            Jan - Dec 2019                         ; 2019-01 ; 2019-12
            2014-15                                ; 2014-01 ; 2015-12
            January 25, 2017 to March 3, 2018      ; 2017-01 ; 2018-03
            Sept 2016 until Aug 2018               ; 2016-09 ; 2018-08
            SEP 2016 - AUG 2018                    ; 2016-09 ; 2018-08
            03.2019 – 04.2021                      ; 2019-03 ; 2021-04
            Jun 2015 | Aug 2017                    ; 2015-06 ; 2017-08
            Duration: Aug 2013 to June 2017        ; 2013-08 ; 2017-06
            Engineer (2019–2021), Acme             ; 2019-01 ; 2021-12
            März 2018 – heute                      ; 2018-03 ; present
            janvier 2015 - décembre 2016           ; 2015-01 ; 2016-12
            2024 - 2026                            ; 2024-01 ; 2026-11
            """)
    void readsRanges(String text, String start, String end) {
        Optional<DateSpan> span = parser.firstRange(text, TODAY);

        assertThat(span).as(text).isPresent();
        assertThat(span.get().start()).isEqualTo(YearMonth.parse(start));
        if (end.equals("present")) {
            assertThat(span.get().current()).isTrue();
            assertThat(span.get().end()).isEmpty();
        } else {
            assertThat(span.get().current()).isFalse();
            assertThat(span.get().end()).contains(YearMonth.parse(end));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Managed a team of 12 people across 3 sites",
        "CGPA 8.6/10",
        "+91 98765 43210",
        "Version 2.0 released",
        "Scored 95% in the 2019 board exams",
        "Room 1204, Tower B",
        "2019",
        "May I help you?",
        "Worked on Java 8 and Spring 5",
        "2019 current CTC 12 LPA",
        ""
    })
    void findsNoRangeWhereThereIsNone(String text) {
        assertThat(parser.firstRange(text, TODAY)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            Summer 2016      ; 2016-06 ; true
            May 2017         ; 2017-05 ; true
            Graduated 2011   ; 2011-01 ; false
            12/2020          ; 2020-12 ; true
            """)
    void readsSingleDates(String text, String month, boolean monthKnown) {
        List<DateSpan> spans = parser.findAll(text, TODAY);

        assertThat(spans).hasSize(1);
        assertThat(spans.getFirst().range()).isFalse();
        assertThat(spans.getFirst().start()).isEqualTo(YearMonth.parse(month));
        assertThat(spans.getFirst().monthKnown()).isEqualTo(monthKnown);
    }

    @Test
    void countsMonthsInclusively() {
        DateSpan span = parser.firstRange("Jan 2019 - Jan 2019", TODAY).orElseThrow();
        DateSpan current = parser.firstRange("Jan 2026 - present", TODAY).orElseThrow();

        assertThat(span.months(TODAY)).isEqualTo(1);
        assertThat(current.months(TODAY)).isEqualTo(11);
    }

    @Test
    void reportsWhereTheDatesAreInTheLine() {
        String line = "Software Engineer | Jun 2017 - Dec 2019 | Dallas";
        DateSpan span = parser.firstRange(line, TODAY).orElseThrow();

        assertThat(line.substring(span.from(), span.to())).isEqualTo("Jun 2017 - Dec 2019");
    }

    @Test
    void findsEveryRangeInALine() {
        List<DateSpan> spans = parser.findAll("Acme (2019-2021); Zen (2015 to 2018)", TODAY);

        assertThat(spans).extracting(DateSpan::start).containsExactly(YearMonth.of(2019, 1), YearMonth.of(2015, 1));
    }

    @Test
    void aReversedPairIsNotARange() {
        assertThat(parser.firstRange("2019 - 2017", TODAY)).isEmpty();
    }
}
