package com.talentsync.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchCodecTest {

    @Test
    void aResultSurvivesTheRoundTripWithItsComponentOrder() {
        Map<String, MatchComponent> components = new LinkedHashMap<>();
        components.put("hardSkills", new MatchComponent("hardSkills", 80, 0.4, "4 of 5 required skills."));
        components.put("education", new MatchComponent("education", 100, 0.1, "Bachelor asked, master found."));
        MatchResult result = new MatchResult(77, components, List.of("Java"), List.of("Kafka"), List.of(),
                List.of("streaming"), List.of(new Suggestion("Name Kafka in the events bullet", "Experience", 12)),
                List.of("SQL is repeated 50 times; counted once"));

        MatchResult back = MatchCodec.fromJson(MatchCodec.toJson(result)).orElseThrow();

        assertThat(back).isEqualTo(result);
        assertThat(back.components().keySet()).containsExactly("hardSkills", "education");
    }

    @Test
    void unreadableJsonIsAbsent() {
        assertThat(MatchCodec.fromJson("{\"score\": 400}")).isEmpty();
        assertThat(MatchCodec.fromJson("not json")).isEmpty();
    }
}
