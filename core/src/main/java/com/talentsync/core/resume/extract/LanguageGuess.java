package com.talentsync.core.resume.extract;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the language a resume is written in, well enough to tell English from the rest:
 * the parsers' word lists are mostly English, so for other languages the result is marked
 * as limited. Non-Latin scripts decide by themselves (Arabic, Hebrew, Devanagari, CJK...);
 * Latin text is scored by counting each language's distinctive function words.
 */
final class LanguageGuess {

    /** @param language ISO 639-1 code, or "und" when the text has no letters at all */
    record Guess(String language, boolean limited) {}

    /** Enough text to decide; a 30-page document is not read to the end for this. */
    private static final int MAX_CHARS = 20_000;
    /** Share of letters a non-Latin script needs to be the resume's script. */
    private static final double SCRIPT_SHARE = 0.4;
    /** A language other than English needs at least this many function words. */
    private static final int MIN_HITS = 3;

    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = new EnumMap<>(UnicodeScript.class);

    static {
        SCRIPT_LANGUAGES.put(UnicodeScript.ARABIC, "ar");
        SCRIPT_LANGUAGES.put(UnicodeScript.HEBREW, "he");
        SCRIPT_LANGUAGES.put(UnicodeScript.DEVANAGARI, "hi");
        SCRIPT_LANGUAGES.put(UnicodeScript.BENGALI, "bn");
        SCRIPT_LANGUAGES.put(UnicodeScript.TAMIL, "ta");
        SCRIPT_LANGUAGES.put(UnicodeScript.TELUGU, "te");
        SCRIPT_LANGUAGES.put(UnicodeScript.KANNADA, "kn");
        SCRIPT_LANGUAGES.put(UnicodeScript.MALAYALAM, "ml");
        SCRIPT_LANGUAGES.put(UnicodeScript.GUJARATI, "gu");
        SCRIPT_LANGUAGES.put(UnicodeScript.GURMUKHI, "pa");
        SCRIPT_LANGUAGES.put(UnicodeScript.HAN, "zh");
        SCRIPT_LANGUAGES.put(UnicodeScript.HIRAGANA, "ja");
        SCRIPT_LANGUAGES.put(UnicodeScript.KATAKANA, "ja");
        SCRIPT_LANGUAGES.put(UnicodeScript.HANGUL, "ko");
        SCRIPT_LANGUAGES.put(UnicodeScript.CYRILLIC, "ru");
        SCRIPT_LANGUAGES.put(UnicodeScript.GREEK, "el");
        SCRIPT_LANGUAGES.put(UnicodeScript.THAI, "th");
        SCRIPT_LANGUAGES.put(UnicodeScript.ARMENIAN, "hy");
        SCRIPT_LANGUAGES.put(UnicodeScript.GEORGIAN, "ka");
    }

    private final Map<String, String> stopwords = new HashMap<>();

    LanguageGuess() {
        for (Lexicon.Entry entry : Lexicon.load("stopwords.txt")) {
            for (String word : entry.values()) {
                stopwords.putIfAbsent(Words.key(word), entry.key());
            }
        }
    }

    Guess guess(String text) {
        int length = Math.min(text.length(), MAX_CHARS);
        Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < length; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                UnicodeScript script = UnicodeScript.of(cp);
                if (script != UnicodeScript.LATIN) {
                    scripts.merge(script, 1, Integer::sum);
                }
            }
        }
        if (letters == 0) {
            return new Guess("und", true);
        }
        String byScript = byScript(scripts, letters);
        if (byScript != null) {
            return new Guess(byScript, true);
        }
        String latin = byStopwords(text.substring(0, length));
        return new Guess(latin, !latin.equals("en"));
    }

    private static String byScript(Map<UnicodeScript, Integer> scripts, int letters) {
        // Japanese mixes kanji (Han) with kana: any real share of kana makes it Japanese.
        int kana = scripts.getOrDefault(UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(UnicodeScript.KATAKANA, 0);
        int han = scripts.getOrDefault(UnicodeScript.HAN, 0);
        if (kana + han > letters * SCRIPT_SHARE) {
            return kana * 10 > kana + han ? "ja" : "zh";
        }
        UnicodeScript top = null;
        int topCount = 0;
        for (Map.Entry<UnicodeScript, Integer> entry : scripts.entrySet()) {
            if (entry.getValue() > topCount && SCRIPT_LANGUAGES.containsKey(entry.getKey())) {
                top = entry.getKey();
                topCount = entry.getValue();
            }
        }
        return top != null && topCount > letters * SCRIPT_SHARE ? SCRIPT_LANGUAGES.get(top) : null;
    }

    /** English unless another language has more function words (and at least a few). */
    private String byStopwords(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetter(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (i - start <= 16) {
                    String language = stopwords.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                    if (language != null) {
                        hits.merge(language, 1, Integer::sum);
                    }
                }
                start = -1;
            }
        }
        int english = hits.getOrDefault("en", 0);
        String best = "en";
        int bestHits = english;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits && entry.getValue() >= MIN_HITS) {
                best = entry.getKey();
                bestHits = entry.getValue();
            }
        }
        return best;
    }
}
