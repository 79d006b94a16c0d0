package com.talentsync.core.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Match results as the JSON kept in the database and back. A result written by an older
 * release that no longer reads is treated as absent, so it is simply computed again.
 */
public final class MatchCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MatchCodec() {}

    public static String toJson(MatchResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a match result could not be written as JSON", e);
        }
    }

    public static Optional<MatchResult> fromJson(String json) {
        try {
            return Optional.of(MAPPER.readValue(json, MatchResult.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
