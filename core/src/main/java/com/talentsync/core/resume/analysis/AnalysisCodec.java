package com.talentsync.core.resume.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/**
 * Turns analyses into the JSON kept in the database and back. An analysis written by an older
 * release that no longer reads is treated as absent, so it is simply made again.
 */
public final class AnalysisCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AnalysisCodec() {}

    public static String toJson(ResumeAnalysis analysis) {
        try {
            return MAPPER.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an analysis could not be written as JSON", e);
        }
    }

    public static Optional<ResumeAnalysis> fromJson(String json) {
        try {
            return Optional.of(MAPPER.readValue(json, ResumeAnalysis.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
