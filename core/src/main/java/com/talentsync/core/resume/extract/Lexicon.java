package com.talentsync.core.resume.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the word lists under {@code talentsync/extract/} in the resources module. They are
 * data, not code, so that a non-programmer can add a heading variant or a degree spelling;
 * the format is described in that folder's README.
 */
final class Lexicon {

    private static final String FOLDER = "/talentsync/extract/";

    /** One {@code key: value | value} line, values as written (flags like {@code ^} kept). */
    record Entry(String key, List<String> values) {}

    private Lexicon() {}

    /**
     * All entries of one file, in file order.
     *
     * @throws IllegalStateException when the file is missing: a packaging error, not bad input
     */
    static List<Entry> load(String file) {
        InputStream in = Lexicon.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + FOLDER + file + " (is talentsync-resources on the class path?)");
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                int colon = trimmed.indexOf(':');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || colon < 0) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (String value : trimmed.substring(colon + 1).split("\\|")) {
                    if (!value.isBlank()) {
                        values.add(value.strip());
                    }
                }
                entries.add(new Entry(trimmed.substring(0, colon).strip(), List.copyOf(values)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
        return List.copyOf(entries);
    }

    /** Every value of every entry as a {@link Words#key} phrase, for word lists with one key. */
    static Words.PhraseSet phrases(String file) {
        Words.PhraseSet set = new Words.PhraseSet();
        for (Entry entry : load(file)) {
            entry.values().forEach(set::add);
        }
        return set;
    }

    /** Value (as a {@link Words#key}) to the key of its entry; the first entry wins on repeats. */
    static Map<String, String> valueToKey(String file) {
        Map<String, String> map = new HashMap<>();
        for (Entry entry : load(file)) {
            for (String value : entry.values()) {
                map.putIfAbsent(Words.key(value), entry.key());
            }
        }
        return map;
    }
}
