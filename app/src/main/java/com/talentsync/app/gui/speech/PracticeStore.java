package com.talentsync.app.gui.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import com.talentsync.core.speech.delivery.DeliveryMetrics;
import com.talentsync.core.store.DatabaseInUseException;
import com.talentsync.core.store.SpeechAttemptRepository;
import com.talentsync.core.store.SpeechAttemptRepository.NewAttempt;
import com.talentsync.core.store.StoredSpeechAttempt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Practice attempts in the database ({@code speech_attempt}): the transcript with its timings
 * and the source's warnings as JSON, recordings as paths relative to the data folder so the
 * folder can move. An attempt whose JSON cannot be read is skipped and logged, not the history.
 */
public final class PracticeStore {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeStore.class);
    private static final int HISTORY_LIMIT = 200;
    static final String MICROPHONE = "Microphone";

    /** Opens the attempts' table; the database opens in the background after the first frame. */
    @FunctionalInterface
    public interface Attempts {
        SpeechAttemptRepository open() throws DatabaseInUseException;
    }

    private final Attempts attempts;
    private final Path dataFolder;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public PracticeStore(Attempts attempts, Path dataFolder) {
        this.attempts = attempts;
        this.dataFolder = dataFolder.toAbsolutePath();
    }

    /** The newest attempts, newest first. */
    public List<PracticeAttempt> list() {
        List<PracticeAttempt> list = new ArrayList<>();
        for (StoredSpeechAttempt stored : repository().recent(HISTORY_LIMIT)) {
            try {
                list.add(attempt(stored));
            } catch (JsonProcessingException | RuntimeException damaged) {
                LOG.warn("skipping practice attempt {}: its transcript cannot be read", stored.id(), damaged);
            }
        }
        return list;
    }

    /** Keeps a new attempt and returns it as stored. */
    public PracticeAttempt add(String source, Transcript transcript, List<String> warnings, Optional<Path> recording,
            DeliveryMetrics metrics) {
        try {
            StoredSpeechAttempt stored = repository().add(new NewAttempt(
                    recording.isPresent() ? StoredSpeechAttempt.Source.MICROPHONE : StoredSpeechAttempt.Source.FILE,
                    source, recording.map(this::relative), "", transcript.durationSec(), transcript.words().size(),
                    metrics.wpm(), metrics.fillerCount(), json.writeValueAsString(Stored.of(transcript, warnings)),
                    json.writeValueAsString(metrics)));
            return attempt(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the attempt as JSON", e);
        }
    }

    private SpeechAttemptRepository repository() {
        try {
            return attempts.open();
        } catch (DatabaseInUseException inUse) {
            throw new IllegalStateException(inUse.getMessage(), inUse);
        }
    }

    private String relative(Path recording) {
        Path absolute = recording.toAbsolutePath();
        return absolute.startsWith(dataFolder) ? dataFolder.relativize(absolute).toString() : absolute.toString();
    }

    private PracticeAttempt attempt(StoredSpeechAttempt stored) throws JsonProcessingException {
        Stored content = json.readValue(stored.transcriptJson(), Stored.class);
        String source = stored.source() == StoredSpeechAttempt.Source.MICROPHONE && stored.sourceName().isBlank()
                ? MICROPHONE : stored.sourceName();
        return new PracticeAttempt(Long.toString(stored.id()), stored.createdAt(), stored.durationSec(), stored.wpm(),
                stored.fillerCount(), source, content.transcript(stored.durationSec()), content.warnings(),
                stored.recordingPath().map(dataFolder::resolve));
    }

    /** The JSON form: plain values only, so the stored format does not follow the records' shapes by accident. */
    record Stored(List<Word> words, List<String> warnings) {

        record Word(String w, double s, double e, double c) {}

        static Stored of(Transcript transcript, List<String> warnings) {
            return new Stored(transcript.words().stream()
                    .map(word -> new Word(word.word(), word.start(), word.end(), word.conf())).toList(), warnings);
        }

        Transcript transcript(double durationSec) {
            List<TimedWord> timed = words == null ? List.of()
                    : words.stream().map(word -> new TimedWord(word.w(), word.s(), word.e(), word.c())).toList();
            return Transcript.of(timed, durationSec);
        }

        @Override
        public List<String> warnings() {
            return warnings == null ? List.of() : warnings;
        }
    }
}
