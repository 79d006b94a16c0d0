package com.talentsync.core.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One practised spoken answer as stored.
 *
 * @param recordingPath  the saved audio, relative to the data folder, when there is one
 * @param transcriptJson the timed transcript, as the caller serialised it
 * @param metricsJson    the delivery metrics, as the caller serialised them
 */
public record StoredSpeechAttempt(long id, Source source, String sourceName, Optional<String> recordingPath,
        String prompt, double durationSec, int wordCount, double wpm, int fillerCount, String transcriptJson,
        String metricsJson, Instant createdAt) {

    /** Where the audio came from. */
    public enum Source { MICROPHONE, FILE }

    public StoredSpeechAttempt {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(recordingPath, "recordingPath");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(transcriptJson, "transcriptJson");
        Objects.requireNonNull(metricsJson, "metricsJson");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
