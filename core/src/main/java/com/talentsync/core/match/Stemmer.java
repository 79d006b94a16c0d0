package com.talentsync.core.match;

import java.util.Locale;
import java.util.Map;

/**
 * A small suffix-stripping stemmer for job-ad and resume words, so that "managed",
 * "manages" and "management" meet on one key.
 *
 * <p>It is deliberately cruder than Porter's: stems only need to be equal for related words,
 * not to be real words, and a short rule list is easy to read and to keep deterministic. A
 * stem is never shorter than {@link #MIN_STEM} letters, which keeps "need" or "only" intact.
 *
 * <p>Irregular past forms that resumes are written in ("led", "built", "wrote", "ran") are
 * read as their base verb first, so that a resume's "built" meets an ad's "build".
 */
public final class Stemmer {

    private static final int MIN_STEM = 3;

    /** Tried longest first; at most one per round. */
    private static final String[] SUFFIXES = {"ation", "ment", "ing", "ed", "er", "ly"};

    /** Past forms of verbs common in resumes whose stem the suffix rules cannot find. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("led", "lead"), Map.entry("built", "build"), Map.entry("wrote", "write"),
            Map.entry("written", "write"), Map.entry("ran", "run"), Map.entry("grew", "grow"),
            Map.entry("grown", "grow"), Map.entry("taught", "teach"), Map.entry("sold", "sell"),
            Map.entry("made", "make"), Map.entry("drove", "drive"), Map.entry("driven", "drive"),
            Map.entry("bought", "buy"), Map.entry("brought", "bring"), Map.entry("began", "begin"),
            Map.entry("begun", "begin"), Map.entry("won", "win"), Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"), Map.entry("chose", "choose"), Map.entry("chosen", "choose"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("kept", "keep"),
            Map.entry("met", "meet"), Map.entry("held", "hold"), Map.entry("thought", "think"),
            Map.entry("understood", "understand"), Map.entry("sent", "send"), Map.entry("spent", "spend"),
            Map.entry("told", "tell"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("found", "find"), Map.entry("drew", "draw"), Map.entry("drawn", "draw"),
            Map.entry("oversaw", "oversee"), Map.entry("overseen", "oversee"), Map.entry("undertook", "undertake"),
            Map.entry("shot", "shoot"), Map.entry("flew", "fly"), Map.entry("paid", "pay"),
            Map.entry("sought", "seek"), Map.entry("fed", "feed"), Map.entry("dealt", "deal"));

    private Stemmer() {}

    public static String stem(String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT).strip();
        w = IRREGULAR.getOrDefault(w, w);
        if (w.length() <= MIN_STEM || !w.chars().allMatch(Character::isLetter)) {
            return w; // short words and "c++", "b2b", "3d" are already as plain as they get
        }
        w = singular(w);
        // Two rounds, so that stacked suffixes meet their base: "engineering" -> "engineer"
        // -> "engine", the same as "engineers" -> "engineer" -> "engine".
        for (int round = 0; round < 2; round++) {
            w = stripOne(w);
        }
        // "manage"/"managed", "database"/"databases": a final e carries no meaning here.
        if (w.endsWith("e") && w.length() > MIN_STEM) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** {@code w} without its longest listed suffix, or unchanged. */
    private static String stripOne(String w) {
        for (String suffix : SUFFIXES) {
            int rest = w.length() - suffix.length();
            if (w.endsWith(suffix) && rest >= MIN_STEM && hasVowel(w, rest) && !keepsLy(w, suffix, rest)) {
                return undouble(w.substring(0, rest));
            }
        }
        return w;
    }

    /** "apply", "supply", "family", "daily": an "ly" after p or i is part of the word, not an adverb's. */
    private static boolean keepsLy(String w, String suffix, int rest) {
        return suffix.equals("ly") && (w.charAt(rest - 1) == 'p' || w.charAt(rest - 1) == 'i');
    }

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        // "status", "analysis", "address" are not plurals.
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "planned" -> "plann" -> "plan"; "ll", "ss", "zz" stay ("install", "process"). */
    private static String undouble(String w) {
        int n = w.length();
        if (n > MIN_STEM && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
                && !isVowel(w.charAt(n - 1))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if (isVowel(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
