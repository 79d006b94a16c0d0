package com.talentsync.core.match;

import com.talentsync.core.resume.LexiconFile;
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
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (LexiconFile.Entry line : LexiconFile.read(FOLDER + file)) {
            List<String> values = entries.computeIfAbsent(line.key(), k -> new ArrayList<>());
            for (String value : line.values()) {
                String key = normalise(value);
                if (!key.isEmpty()) {
                    values.add(key);
                }
            }
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
