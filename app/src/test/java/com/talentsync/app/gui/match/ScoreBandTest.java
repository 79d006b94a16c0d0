package com.talentsync.app.gui.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreBandTest {

    @ParameterizedTest
    @CsvSource({"-1, NONE", "0, WEAK", "49, WEAK", "50, FAIR", "74, FAIR", "75, STRONG", "100, STRONG"})
    void scoresFallIntoBands(int score, ScoreBand band) {
        assertThat(ScoreBand.of(score)).isEqualTo(band);
    }
}
