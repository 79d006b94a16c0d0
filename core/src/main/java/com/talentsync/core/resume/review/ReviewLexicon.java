package com.talentsync.core.resume.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists behind the language checks, read from the resources module
 * ({@code talentsync/review/weak-openings.tsv}, {@code gap-reasons.txt}) once, on first use.
 */
final class ReviewLexicon {

    static final String WEAK_OPENINGS = "talentsync/review/weak-openings.tsv";
    static final String GAP_REASONS = "talentsync/review/gap-reasons.txt";

    /** A weak opening found at the start of a bullet, and the verbs to use instead. */
    record WeakOpening(String phrase, List<String> suggestions) {}

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, List<String>> suggestions;
    private final Pattern weakOpening;
    private final List<String> gapReasons;

    private ReviewLexicon(Map<String, List<String>> suggestions, List<String> gapReasons) {
        this.suggestions = suggestions;
        this.gapReasons = gapReasons;
        // Longest phrase first, so "responsible for" wins over a shorter phrase it contains.
        // "I", "was" or "I was" may come before the phrase ("I was responsible for ...").
        String alternatives = suggestions.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(phrase -> Arrays.stream(phrase.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        this.weakOpening = Pattern.compile("^(?:i\\s+)?(?:was\\s+|were\\s+|am\\s+)?(?:also\\s+|mainly\\s+)?("
                + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Loaded on first access of {@link #get()}; the JVM makes this lazy and thread-safe. */
    private static final class Holder {
        static final ReviewLexicon INSTANCE = load();
    }

    static ReviewLexicon get() {
        return Holder.INSTANCE;
    }

    private static ReviewLexicon load() {
        Map<String, List<String>> suggestions = new LinkedHashMap<>();
        for (String line : lines(WEAK_OPENINGS)) {
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IllegalStateException(WEAK_OPENINGS + ": expected phrase<TAB>suggestions: " + line);
            }
            List<String> verbs = Arrays.stream(columns[1].split(",")).map(String::strip)
                    .filter(verb -> !verb.isEmpty()).toList();
            suggestions.put(normalise(columns[0]), verbs);
        }
        return new ReviewLexicon(Map.copyOf(suggestions), lines(GAP_REASONS).stream().map(ReviewLexicon::normalise)
                .toList());
    }

    /** The weak opening this bullet starts with, if any. */
    Optional<WeakOpening> weakOpening(String bullet) {
        Matcher matcher = weakOpening.matcher(bullet);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String phrase = normalise(matcher.group(1));
        return Optional.of(new WeakOpening(phrase, suggestions.getOrDefault(phrase, List.of())));
    }

    /** True when the lower-cased text mentions a reason for a break between jobs. */
    boolean explainsGap(String lowerCaseText) {
        for (String reason : gapReasons) {
            if (lowerCaseText.contains(reason)) {
                return true;
            }
        }
        return false;
    }

    int weakPhraseCount() {
        return suggestions.size();
    }

    private static String normalise(String phrase) {
        return SPACES.matcher(phrase.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Non-blank lines that are not comments, from a UTF-8 resource on the class path. */
    static List<String> lines(String resource) {
        InputStream in = ReviewLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            // The resources jar is part of every build of the app; without it the review
            // cannot give its advice, and that is a packaging bug to surface loudly.
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
