package com.talentsync.core.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects an ad's content words by stem and weighs them.
 *
 * <p>Weight is {@code 1 + ln(tf)}, doubled when the word appears in the title or in a
 * requirement. The logarithm is the defence against keyword stuffing: a word pasted fifty
 * times weighs under five times a word said once, not fifty. Sorting by weight and then by
 * stem keeps the list the same from run to run.
 */
final class KeywordWeigher {

    static final double BOOST = 2.0;

    private static final Set<String> STOPWORDS = new HashSet<>(MatchLexicon.load("stopwords.txt").getOrDefault("words", List.of()));
    /** Letters and digits, keeping the "+" and "#" of "C++" and "C#". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#]*");

    private final Map<String, Term> terms = new TreeMap<>();

    private static final class Term {
        int count;
        boolean boosted;
        final Map<String, Integer> spellings = new TreeMap<>();
    }

    void add(String text, boolean boosted) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            // "5+", "2024": numbers are the years reader's business, not keywords.
            if (word.length() < 2 || STOPWORDS.contains(word) || word.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            Term term = terms.computeIfAbsent(Stemmer.stem(word), s -> new Term());
            term.count++;
            term.boosted |= boosted;
            term.spellings.merge(word, 1, Integer::sum);
        }
    }

    List<WeightedKeyword> top(int limit) {
        List<WeightedKeyword> all = new ArrayList<>(terms.size());
        terms.forEach((stem, term) -> all.add(new WeightedKeyword(stem, display(term),
                (1 + Math.log(term.count)) * (term.boosted ? BOOST : 1.0))));
        all.sort(Comparator.comparingDouble(WeightedKeyword::weight).reversed().thenComparing(WeightedKeyword::stem));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** The most used spelling; on a tie the alphabetically first (the map is sorted). */
    private static String display(Term term) {
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : term.spellings.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
