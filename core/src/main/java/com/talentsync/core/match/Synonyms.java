package com.talentsync.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stems that mean the same in a resume as a job ad's stem, from {@code talentsync/match/synonyms.txt}.
 * A word in several groups has the union of them. Groups keyed "title ..." are for job titles only.
 */
final class Synonyms {

    private static final String TITLE_GROUP = "title ";

    private static final Map<String, List<String>> WORDS = load(false);
    private static final Map<String, List<String>> TITLE_WORDS = load(true);

    private Synonyms() {}

    /** Stems that stand for {@code stem} in running text, in file order, never {@code stem} itself. */
    static List<String> of(String stem) {
        return WORDS.getOrDefault(stem, List.of());
    }

    /** Stems that stand for {@code stem} in a job title: the text groups and the title groups. */
    static List<String> inTitles(String stem) {
        return TITLE_WORDS.getOrDefault(stem, List.of());
    }

    private static Map<String, List<String>> load(boolean titles) {
        Map<String, Set<String>> groups = new HashMap<>();
        MatchLexicon.load("synonyms.txt").forEach((key, words) -> {
            if (!titles && key.startsWith(TITLE_GROUP)) {
                return;
            }
            List<String> stems = new ArrayList<>();
            for (String word : words) {
                if (!word.contains(" ")) {
                    stems.add(Stemmer.stem(word));
                }
            }
            for (String stem : stems) {
                Set<String> others = groups.computeIfAbsent(stem, k -> new LinkedHashSet<>());
                others.addAll(stems);
                others.remove(stem);
            }
        });
        Map<String, List<String>> out = new HashMap<>();
        groups.forEach((stem, others) -> out.put(stem, List.copyOf(others)));
        return Map.copyOf(out);
    }
}
