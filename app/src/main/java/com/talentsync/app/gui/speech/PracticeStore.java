package com.talentsync.app.gui.speech;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentsync.core.speech.TimedWord;
import com.talentsync.core.speech.Transcript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Practice attempts kept as one small JSON file each in a folder of the data folder. One file per
 * attempt so a damaged file loses one attempt, not the history; such files are skipped and logged.
 */
public final class PracticeStore {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeStore.class);
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** @param folder where the attempts live; created on the first save */
    public PracticeStore(Path folder) {
        this.folder = folder;
    }

    /** Every readable attempt, newest first. */
    public List<PracticeAttempt> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<PracticeAttempt> attempts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(SUFFIX)).toList()) {
                try {
                    attempts.add(json.readValue(file.toFile(), Stored.class).attempt());
                } catch (IOException | RuntimeException damaged) {
                    LOG.warn("skipping a practice attempt that cannot be read: {}", file, damaged);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("could not list practice attempts in " + folder, failure);
        }
        attempts.sort(Comparator.comparing(PracticeAttempt::when).reversed());
        return attempts;
    }

    /** Keeps a new attempt and returns it with its id. */
    public PracticeAttempt add(Instant when, double wpm, int fillers, String source, Transcript transcript,
            List<String> warnings, Optional<Path> recording) {
        PracticeAttempt attempt = new PracticeAttempt(when.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8),
                when, transcript.durationSec(), wpm, fillers, source, transcript, warnings, recording);
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(attempt.id() + SUFFIX);
            Path partial = folder.resolve(attempt.id() + SUFFIX + ".tmp");
            json.writeValue(partial.toFile(), Stored.of(attempt));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException("could not save the practice attempt in " + folder, failure);
        }
        return attempt;
    }

    /** The file form: plain values only, so the format does not follow the records' shapes by accident. */
    record Stored(String id, long whenMillis, double durationSec, double wpm, int fillers, String source,
            List<Word> words, List<String> warnings, String recording) {

        record Word(String w, double s, double e, double c) {}

        static Stored of(PracticeAttempt attempt) {
            List<Word> words = attempt.transcript().words().stream()
                    .map(word -> new Word(word.word(), word.start(), word.end(), word.conf()))
                    .toList();
            return new Stored(attempt.id(), attempt.when().toEpochMilli(), attempt.durationSec(), attempt.wpm(),
                    attempt.fillers(), attempt.source(), words, attempt.warnings(),
                    attempt.recording().map(Path::toString).orElse(null));
        }

        PracticeAttempt attempt() {
            List<TimedWord> timed = words == null ? List.of()
                    : words.stream().map(word -> new TimedWord(word.w(), word.s(), word.e(), word.c())).toList();
            return new PracticeAttempt(id, Instant.ofEpochMilli(whenMillis), durationSec, wpm, fillers,
                    source == null ? "" : source, Transcript.of(timed, durationSec),
                    warnings == null ? List.of() : warnings,
                    recording == null ? Optional.empty() : Optional.of(Path.of(recording)));
        }
    }
}
