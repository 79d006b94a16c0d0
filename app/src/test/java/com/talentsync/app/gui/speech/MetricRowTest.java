package com.talentsync.app.gui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentsync.core.speech.delivery.DeliveryReport.Band;
import com.talentsync.core.speech.delivery.DeliveryReport.Rating;
import com.talentsync.core.speech.delivery.DeliveryReport.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricRowTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wpm               | 171.6 | 120       | 160      | words per minute | Pace                  | 172 wpm | 120–160 words per minute",
        "longestPauseSec   | 2.44  | -Infinity | 2        | seconds          | Longest pause         | 2.4 s   | at most 2 seconds",
        "vocabularyVariety | 0.5   | 0.6       | Infinity | ''               | Vocabulary variety    | 0.50    | at least 0.60",
        "talkTimeSec       | 75    | -Infinity | Infinity | seconds          | Talk time             | 01:15   | ''",
        "fillerCount       | 4     | -Infinity | 3        | fillers          | Fillers               | 4       | at most 3 fillers",
    })
    void valuesAndBandsReadAsPeopleSayThem(String metric, double value, double low, double high, String unit,
            String label, String shownValue, String shownBand) {
        MetricRow row = MetricRow.of(new Verdict(metric, value, new Band(low, high, unit, "a study"), Rating.HIGH, "Say less."));

        assertThat(row.label()).isEqualTo(label);
        assertThat(row.value()).isEqualTo(shownValue);
        assertThat(row.band()).isEqualTo(shownBand);
        assertThat(row.verdict()).isEqualTo("Say less.");
        assertThat(row.source()).isEqualTo("a study");
    }

    @ParameterizedTest
    @CsvSource({"0, 00:00", "59.9, 00:59", "61, 01:01", "6000, 100:00", "-3, 00:00", "NaN, 00:00"})
    void theClockShowsMinutesAndSeconds(double seconds, String shown) {
        assertThat(Durations.clock(seconds)).isEqualTo(shown);
    }
}
