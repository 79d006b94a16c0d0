package com.talentsync.core.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of resume text cut the same way the job-ad side cuts them ({@link KeywordWeigher}),
 * so that an ad's keyword stem and a resume's word stem meet when they are the same word.
 */
final class Terms {

    /** Letters and digits, keeping the "+" and "#" of "C++" and "C#": the ad side's pattern. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#]*");

    static final Set<String> STOPWORDS =
            Set.copyOf(MatchLexicon.load("stopwords.txt").getOrDefault("words", List.of()));

    private Terms() {}

    /** Lower-case words in text order, numbers and one-letter words included. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A word that can be a keyword: two letters or more, not a stopword, not a bare number. */
    static boolean isContent(String word) {
        return word.length() >= 2 && !STOPWORDS.contains(word) && word.chars().anyMatch(Character::isLetter);
    }

    /** The stems of the content words of {@code text}. */
    static Set<String> contentStems(String text) {
        Set<String> out = new HashSet<>();
        for (String word : words(text)) {
            if (isContent(word)) {
                out.add(Stemmer.stem(word));
            }
        }
        return out;
    }
}
