package com.talentsync.speech;

import com.talentsync.core.speech.Transcript;
import com.talentsync.speech.audio.SourceInfo;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;

/**
 * A finished transcription.
 *
 * @param transcript every word with start, end and confidence
 * @param elapsedMs  wall-clock time spent decoding
 * @param source     what the audio was before conversion
 * @param warnings   one-line notes for the user (low sample rate, quiet input normalised...)
 * @param recording  where the audio was saved (live sessions), if it was
 */
public record TranscriptionResult(Transcript transcript, long elapsedMs, SourceInfo source, List<String> warnings,
        Optional<Path> recording) {
    public TranscriptionResult {
        warnings = List.copyOf(warnings);
    }
}
