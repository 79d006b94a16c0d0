package com.talentsync.core.speech.delivery;

import com.talentsync.core.resume.LexiconFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filler, hedge and context word lists of {@code /talentsync/speech/}, parsed once. Immutable,
 * so one instance is shared by every analysis.
 */
final class DeliveryLexicon {

    private static final String FOLDER = "/talentsync/speech/";

    /** Where in a sentence a phrase counts (see fillers.txt and hedges.txt). */
    enum Placement { ANYWHERE, SENTENCE_START, BESIDE_PAUSE, REPEATED }

    /** One phrase of a list, split into the words the recogniser writes. */
    record Phrase(String text, List<String> words, Placement placement) {}

    private static final class DefaultHolder {
        static final DeliveryLexicon DEFAULT = load();
    }

    /** Longest first, so "i'm not sure" wins over "not sure" at the same word. */
    final List<Phrase> fillers;
    final List<Phrase> hedges;
    private final Map<String, Set<String>> notAfter;
    private final Map<String, Set<String>> notBefore;
    private final Set<String> legitDoubles;

    private DeliveryLexicon(List<Phrase> fillers, List<Phrase> hedges, Map<String, Set<String>> notAfter,
            Map<String, Set<String>> notBefore, Set<String> legitDoubles) {
        this.fillers = fillers;
        this.hedges = hedges;
        this.notAfter = notAfter;
        this.notBefore = notBefore;
        this.legitDoubles = legitDoubles;
    }

    static DeliveryLexicon standard() {
        return DefaultHolder.DEFAULT;
    }

    /**
     * Whether a phrase said between {@code before} and {@code after} (null at either end of the
     * answer) is ordinary speech, neither filler nor hedge: "I like", "what kind of".
     */
    boolean ordinaryUse(String phrase, String before, String after) {
        return (before != null && notAfter.getOrDefault(phrase, Set.of()).contains(before))
                || (after != null && notBefore.getOrDefault(phrase, Set.of()).contains(after));
    }

    boolean legitDouble(String word) {
        return legitDoubles.contains(word);
    }

    private static DeliveryLexicon load() {
        List<Phrase> fillers = phrases("fillers.txt", Set.of(Placement.ANYWHERE, Placement.SENTENCE_START, Placement.BESIDE_PAUSE));
        List<Phrase> hedges = phrases("hedges.txt", Set.of(Placement.ANYWHERE, Placement.REPEATED));
        Map<String, Set<String>> notAfter = new HashMap<>();
        Map<String, Set<String>> notBefore = new HashMap<>();
        Set<String> doubles = new HashSet<>();
        for (LexiconFile.Entry entry : LexiconFile.read(FOLDER + "context-words.txt")) {
            String key = entry.key().toLowerCase(java.util.Locale.ROOT);
            Set<String> words = new HashSet<>();
            entry.values().forEach(value -> words.add(SpokenWords.normalise(value)));
            if (key.equals("legit-double")) {
                doubles.addAll(words);
            } else if (key.startsWith("not-after ")) {
                notAfter.computeIfAbsent(phraseText(key.substring(10)), k -> new HashSet<>()).addAll(words);
            } else if (key.startsWith("not-before ")) {
                notBefore.computeIfAbsent(phraseText(key.substring(11)), k -> new HashSet<>()).addAll(words);
            } else {
                throw new IllegalStateException("unknown key '" + entry.key() + "' in " + FOLDER + "context-words.txt");
            }
        }
        notAfter.replaceAll((phrase, words) -> Set.copyOf(words));
        notBefore.replaceAll((phrase, words) -> Set.copyOf(words));
        return new DeliveryLexicon(fillers, hedges, Map.copyOf(notAfter), Map.copyOf(notBefore), Set.copyOf(doubles));
    }

    private static List<Phrase> phrases(String file, Set<Placement> allowed) {
        List<Phrase> phrases = new ArrayList<>();
        for (LexiconFile.Entry entry : LexiconFile.read(FOLDER + file)) {
            Placement placement;
            try {
                placement = Placement.valueOf(entry.key().strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                placement = null;
            }
            if (placement == null || !allowed.contains(placement)) {
                throw new IllegalStateException("unknown key '" + entry.key() + "' in " + FOLDER + file);
            }
            for (String value : entry.values()) {
                String text = phraseText(value);
                phrases.add(new Phrase(text, List.of(text.split(" ")), placement));
            }
        }
        phrases.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()).thenComparing(Phrase::text));
        return List.copyOf(phrases);
    }

    /** A phrase as written in a list, normalised word by word the way transcript words are. */
    private static String phraseText(String raw) {
        return String.join(" ", Arrays.stream(raw.strip().split("\\s+")).map(SpokenWords::normalise).toList());
    }
}
