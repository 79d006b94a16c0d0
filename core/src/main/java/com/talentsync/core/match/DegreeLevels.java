package com.talentsync.core.match;

import com.talentsync.core.resume.LexiconFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The level of a degree as the resume extractor wrote it down ("B.E", "Bachelor of Technology",
 * "MBA", "HSC"), read with the extractor's own spelling list so the two never disagree about
 * what a degree is.
 */
final class DegreeLevels {

    private static final Map<String, EducationLevel> LEVELS = Map.of(
            "DOCTORATE", EducationLevel.DOCTORATE,
            "MASTER", EducationLevel.MASTER,
            "BACHELOR", EducationLevel.BACHELOR,
            "ASSOCIATE", EducationLevel.DIPLOMA,
            "DIPLOMA", EducationLevel.DIPLOMA,
            "HIGHER_SECONDARY", EducationLevel.HIGH_SCHOOL,
            "SECONDARY", EducationLevel.HIGH_SCHOOL);

    private record Spelling(List<String> tokens, EducationLevel level) {}

    private static final List<Spelling> SPELLINGS = load();

    private DegreeLevels() {}

    /** The level the degree text starts with (longest known spelling), or NONE. */
    static EducationLevel of(String degree) {
        List<String> tokens = tokens(degree);
        Spelling best = null;
        for (Spelling spelling : SPELLINGS) {
            if (startsWith(tokens, spelling.tokens())
                    && (best == null || spelling.tokens().size() > best.tokens().size())) {
                best = spelling;
            }
        }
        return best == null ? EducationLevel.NONE : best.level();
    }

    private static boolean startsWith(List<String> tokens, List<String> prefix) {
        return tokens.size() >= prefix.size() && tokens.subList(0, prefix.size()).equals(prefix);
    }

    /** The extractor's token shape: lower case, every run of non-letters-or-digits a break. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
        return out;
    }

    private static List<Spelling> load() {
        List<Spelling> out = new ArrayList<>();
        for (LexiconFile.Entry entry : LexiconFile.read("/talentsync/extract/degrees.txt")) {
            EducationLevel level = LEVELS.get(entry.key());
            if (level == null) {
                continue; // AFTER_OF: subject words, not degrees
            }
            for (String value : entry.values()) {
                // "^" and "?" are the extractor's where-it-counts marks; the spelling is what follows.
                List<String> tokens = tokens(value.replaceAll("^[\\^?]+", ""));
                if (!tokens.isEmpty()) {
                    out.add(new Spelling(tokens, level));
                }
            }
        }
        return List.copyOf(out);
    }
}
