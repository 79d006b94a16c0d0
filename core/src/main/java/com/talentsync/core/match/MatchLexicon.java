package com.talentsync.core.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the word lists under {@code talentsync/match/} (format in that folder's README) and
 * holds the one text normalisation they are matched with, so that a list entry and the ad's
 * text always meet in the same shape.
 */
final class MatchLexicon {

    private static final String FOLDER = "/talentsync/match/";

    private MatchLexicon() {}

    /**
     * Key to its normalised values, in file order; a key on several lines gathers them all.
     *
     * @throws IllegalStateException when the file is missing: a packaging error, not bad input
     */
    static Map<String, List<String>> load(String file) {
        InputStream in = MatchLexicon.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + FOLDER + file
                    + " (is talentsync-resources on the class path?)");
        }
        Map<String, List<String>> entries = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                int colon = trimmed.indexOf(':');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || colon < 0) {
                    continue;
                }
                List<String> values = entries.computeIfAbsent(trimmed.substring(0, colon).strip(), k -> new ArrayList<>());
                for (String value : trimmed.substring(colon + 1).split("\\|")) {
                    String key = normalise(value);
                    if (!key.isEmpty()) {
                        values.add(key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
        entries.replaceAll((k, v) -> List.copyOf(v));
        return entries;
    }

    /**
     * Lower case, curly quotes straightened, every run of non-letters-or-digits one space:
     * "What you’ll need:" becomes "what you ll need".
     */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    /** Where normalised {@code phrase} first occurs in normalised {@code text} as whole words, or -1. */
    static int indexOfPhrase(String text, String phrase) {
        String padded = " " + text + " ";
        return padded.indexOf(" " + phrase + " "); // the pad's space stands where the phrase starts in text
    }
}
