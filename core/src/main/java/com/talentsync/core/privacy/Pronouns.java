package com.talentsync.core.privacy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns gendered pronouns into they/them/their, keeping the original's capitals, and fixes the
 * verb right after a subject pronoun ("she is" becomes "they are"). Whole words only:
 * "Herbert", "ShePaid" and "theme" are untouched.
 */
final class Pronouns {

    private static final Pattern PRONOUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(he|she|him|his|hers|her|himself|herself)(['’]s)?(?![\\p{L}\\p{N}])"
                    + "(?:([ \\t]+)(is|was|has|does|isn't|wasn't|hasn't|doesn't)(?![\\p{L}\\p{N}]))?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> FORMS = Map.of("he", "they", "she", "they", "him", "them", "his", "their",
            "hers", "theirs", "himself", "themself", "herself", "themself");
    private static final Map<String, String> PLURAL_VERBS = Map.of("is", "are", "was", "were", "has", "have",
            "does", "do", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "doesn't", "don't");
    /** After "her", these words mean it is an object ("gave her the award"), so "them", not "their". */
    private static final Set<String> AFTER_OBJECT_HER = Set.of("the", "a", "an", "to", "and", "or", "with", "for", "in",
            "on", "at", "by", "as", "from", "that", "this", "which", "who", "when", "if", "but", "so", "into", "about");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\t]*([\\p{L}']+)");

    private Pronouns() {}

    static String neutralise(String text) {
        Matcher matcher = PRONOUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String word = matcher.group(1);
            String contraction = matcher.group(2);
            boolean contracted = contraction != null;
            String replacement = replacementFor(word, text, matcher.end(1) + (contracted ? 2 : 0));
            if (contracted) {
                String apostrophe = contraction.substring(0, 1);
                // "she's" is "she is" far more often than "she has"
                replacement += Set.of("he", "she").contains(lower(word)) ? apostrophe + "re" : contraction;
            }
            StringBuilder whole = new StringBuilder(keepCase(word, replacement));
            if (matcher.group(4) != null) {
                String verb = matcher.group(4);
                boolean subject = Set.of("he", "she").contains(lower(word)) && !contracted;
                whole.append(matcher.group(3)).append(subject ? keepCase(verb, PLURAL_VERBS.get(lower(verb))) : verb);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(whole.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replacementFor(String word, String text, int after) {
        String lower = lower(word);
        if (!lower.equals("her")) {
            return FORMS.get(lower);
        }
        Matcher next = NEXT_WORD.matcher(text);
        next.region(after, text.length());
        boolean possessive = next.lookingAt() && !AFTER_OBJECT_HER.contains(lower(next.group(1)));
        return possessive ? "their" : "them";
    }

    /** "They" for "She", "THEY" for "SHE", "they" for "she". */
    private static String keepCase(String original, String replacement) {
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
