package com.talentsync.core.resume;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's word-list files: one {@code key: value | value} entry a line, {@code #}
 * comments and blank lines ignored. The extractor's and the job-ad parser's lists share the
 * format, so they share this reader; each decides how to normalise the values.
 */
public final class LexiconFile {

    /** One line: its key and its values as written (stripped, blanks dropped). */
    public record Entry(String key, List<String> values) {}

    private LexiconFile() {}

    /**
     * @param resource a class-path resource such as {@code /talentsync/extract/months.txt}
     * @throws IllegalStateException when the file is missing: a packaging error, not bad input
     */
    public static List<Entry> read(String resource) {
        InputStream in = LexiconFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + resource + " (is talentsync-resources on the class path?)");
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
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return List.copyOf(entries);
    }
}
