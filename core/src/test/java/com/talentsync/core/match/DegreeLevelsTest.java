package com.talentsync.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DegreeLevelsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "B.E, BACHELOR",
            "B.Sc. Computer Science, BACHELOR",
            "Bachelor of Technology, BACHELOR",
            "BFA Fine Arts, BACHELOR",
            "MBA, MASTER",
            "M.Tech, MASTER",
            "Master's Degree, MASTER",
            "Ph.D., DOCTORATE",
            "Diploma in Civil Engineering, DIPLOMA",
            "HSC, HIGH_SCHOOL",
            "SSC, HIGH_SCHOOL",
            "Certificate in Yoga, NONE",
            "'', NONE",
    })
    void readsTheLevelOfADegreeAsTheExtractorWroteIt(String degree, EducationLevel level) {
        assertThat(DegreeLevels.of(degree)).isEqualTo(level);
    }
}
