package com.talentsync.speech.vosk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A folder of evaluation clips described by a {@code manifest.tsv} (tab-separated, with a header
 * naming at least {@code id}, {@code wav}, {@code reference_normalized} and {@code corpus}).
 */
public record SpeechEvalSet(Path folder, List<Clip> clips) {

    /**
     * One utterance.
     *
     * @param wav       absolute path of the audio
     * @param reference the normalised reference transcript
     */
    public record Clip(String id, Path wav, String reference, String corpus) {}

    public SpeechEvalSet {
        clips = List.copyOf(clips);
    }

    /** Reads {@code folder/manifest.tsv}. */
    public static SpeechEvalSet read(Path folder) throws IOException {
        Path manifest = folder.resolve("manifest.tsv");
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException("empty manifest: " + manifest);
        }
        List<String> header = Arrays.asList(lines.getFirst().split("\t", -1));
        int id = column(header, "id", manifest);
        int wav = column(header, "wav", manifest);
        int reference = column(header, "reference_normalized", manifest);
        int corpus = column(header, "corpus", manifest);
        List<Clip> clips = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < header.size()) {
                throw new IOException("short row in " + manifest + ": " + line);
            }
            clips.add(new Clip(cells[id], folder.resolve(cells[wav]).toAbsolutePath().normalize(), cells[reference],
                    cells[corpus]));
        }
        return new SpeechEvalSet(folder, clips);
    }

    /** The clips that pass {@code filter}, e.g. one corpus. */
    public SpeechEvalSet only(Predicate<Clip> filter) {
        return new SpeechEvalSet(folder, clips.stream().filter(filter).toList());
    }

    private static int column(List<String> header, String name, Path manifest) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException("no column '" + name + "' in " + manifest);
        }
        return index;
    }
}
