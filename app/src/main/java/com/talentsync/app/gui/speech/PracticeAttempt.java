package com.talentsync.app.gui.speech;

import com.talentsync.core.speech.Transcript;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved practice answer: enough to list it and to show it again (the delivery report is
 * recomputed from the transcript, which is cheap and always matches the current analyser).
 *
 * @param id          unique within the practice history
 * @param when        when it was saved
 * @param durationSec length of the audio
 * @param wpm         pace at the time it was saved
 * @param fillers     filler count at the time it was saved
 * @param source      "Microphone" or the audio file's name
 * @param transcript  what was said, with timings
 * @param warnings    the source's one-line notes (low sample rate...)
 * @param recording   the saved audio, when there is one to play
 */
public record PracticeAttempt(String id, Instant when, double durationSec, double wpm, int fillers, String source,
        Transcript transcript, List<String> warnings, Optional<Path> recording) {

    public PracticeAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(transcript, "transcript");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(recording, "recording");
    }
}
