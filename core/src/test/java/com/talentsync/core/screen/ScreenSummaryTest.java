package com.talentsync.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenSummaryTest {

    private static final ScreenedResume ASHA = ScreeningFixtures.screened("Asha_Rao.txt", ScreeningFixtures.asha(), 80,
            List.of("Java"), List.of());
    private static final ScreenedResume MEERA = ScreeningFixtures.screened("qa/meera.pdf", ScreeningFixtures.meera(), 40,
            List.of("Java"), List.of());
    private static final ScreenResult RESULT = new ScreenResult(2,
            List.of(new FailedFile("cvs.zip!/photo.png", "unsupported file type: .png (supported: pdf)")), 1234,
            List.of(ASHA, MEERA), List.of(), false);

    @Test
    void printsAsTheCliPromisesBestFirst() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(ScreenSummary.of(RESULT, false)));

        assertThat(json.get("count").asInt()).isEqualTo(2);
        assertThat(json.get("elapsedMs").asLong()).isEqualTo(1234);
        assertThat(json.get("failed").get(0).get("file").asText()).isEqualTo("cvs.zip!/photo.png");
        assertThat(json.get("failed").get(0).get("error").asText()).startsWith("unsupported file type: .png");
        JsonNode first = json.get("ranking").get(0);
        assertThat(first.get("file").asText()).isEqualTo("Asha_Rao.txt");
        assertThat(first.get("score").asInt()).isEqualTo(80);
        assertThat(first.get("category").asText()).isEqualTo("Java Developer");
        assertThat(first.get("name").asText()).isEqualTo("Asha Rao");
        assertThat(json.get("ranking").get(1).get("name").asText()).isEqualTo("Meera Iyer");
        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("count", "failed", "elapsedMs", "ranking");
    }

    @Test
    void blindSummariesNameNobody() {
        ScreenSummary summary = ScreenSummary.of(RESULT, true);

        assertThat(summary.ranking()).extracting(ScreenSummary.Line::name).containsExactly("Candidate 1", "Candidate 2");
        assertThat(summary.ranking()).extracting(ScreenSummary.Line::file).containsExactly("[name]_[name].txt",
                "qa/[name].pdf");
        assertThat(summary.ranking()).extracting(ScreenSummary.Line::score).containsExactly(80, 40);
    }
}
