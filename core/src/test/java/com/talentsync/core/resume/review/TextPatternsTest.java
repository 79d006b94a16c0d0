package com.talentsync.core.resume.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.resume.review.DateFormats.DateToken;
import com.talentsync.core.resume.review.DateFormats.Family;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextPatternsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Raised conversion by 12%                         | true",
        "Raised conversion by 12 percent                  | true",
        "Saved $40k in hosting                            | true",
        "Closed deals worth \u20B95 lakh                  | true",
        "Grew revenue 3x                                  | true",
        "Served 1,200 customers a month                   | true",
        "Managed a team of twelve                         | true",
        "Doubled the release cadence                      | true",
        "Joined in 2019 and led the platform team         | false",
        "Migrated services to AWS EC2 and S3              | false",
        "Wrote clean code                                 | false",
        "Ported scripts to Python3                        | false"})
    void quantities(String bullet, boolean expected) {
        assertThat(TextPatterns.hasNumber(bullet)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "I led the migration                  | true",
        "Led the migration that I designed    | true",
        "I'm a backend engineer               | true",
        "My team shipped weekly               | true",
        "Managers asked me to lead            | true",
        "Tuned disk I/O on the database hosts | false",
        "Administered MySQL and MongoDB       | false",
        "ME in Mechanical Engineering         | false",
        "Led Phase II of the rollout          | false"})
    void firstPerson(String text, boolean expected) {
        assertThat(TextPatterns.FIRST_PERSON.matcher(text).find()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "\u2022 Built the API      | Built the API",
        "- Built the API           | Built the API",
        "* Built the API           | Built the API",
        "1. Built the API          | Built the API",
        "\uF0B7 Built the API      | Built the API",
        "o Built the API           | Built the API",
        "Built the API             | Built the API",
        "2019 - 2021               | 2019 - 2021"})
    void markersAreRemoved(String line, String text) {
        assertThat(TextPatterns.withoutMarker(line)).isEqualTo(text);
    }

    @ParameterizedTest(name = "\"{0}\" has {1} words")
    @CsvSource(delimiter = '|', value = {
        "Built a C# service in .NET 8     | 7",
        "\u2022 \u2013 Led it             | 2",
        "                                 | 0",
        "\uD83D\uDE80 \u0645\u0647\u0646\u062F\u0633 \u0628\u0631\u0645\u062C\u064A\u0627\u062A | 2"})
    void words(String text, int count) {
        assertThat(TextPatterns.wordCount(text == null ? "" : text)).isEqualTo(count);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Mar 2019 - Jun 2021          | MONTH_NAME MONTH_NAME",
        "March, 2019 - Present        | MONTH_NAME",
        "Sept 2019 - May '21          | MONTH_NAME MONTH_NAME",
        "03/2019 - 06/2021            | NUMERIC NUMERIC",
        "3.2019 - 12.2020             | NUMERIC NUMERIC",
        "2019-03 - 2021-06            | YEAR_FIRST YEAR_FIRST",
        "2019 - 2021                  | YEAR_ONLY YEAR_ONLY",
        "2019-2021                    | YEAR_ONLY YEAR_ONLY",
        "Jan 2018 - 2019              | MONTH_NAME YEAR_ONLY",
        "Summary of 12 projects       | ''"})
    void dateFamilies(String line, String families) {
        List<Family> expected = families.isEmpty() ? List.of()
                : Arrays.stream(families.split(" ")).map(Family::valueOf).toList();

        assertThat(DateFormats.find(line)).extracting(DateToken::family).containsExactlyElementsOf(expected);
    }
}
