package com.talentsync.core.resume.extract;

import com.talentsync.core.resume.LexiconFile;
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
        return LexiconFile.read(FOLDER + file).stream().map(line -> new Entry(line.key(), line.values())).toList();
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
