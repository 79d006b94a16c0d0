package com.talentsync.core.resume.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises locations ("Pune", "Austin, TX", "Berlin, Germany", "Remote") from the place
 * list, and tells which country (ISO 3166 region) they are in: the phone parser needs a
 * region to read national numbers such as "098765 43210".
 */
final class Places {

    /** The region the lexicon uses for "Remote", "Anywhere": a place, but no country. */
    static final String NO_REGION = "XX";

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Words.PhraseSet phrases = new Words.PhraseSet();
    private final Words.PhraseSet notLocalityWords;

    /** @param notLocalityWords words that make an unknown part an employer or a title, not a place */
    Places(Words.PhraseSet notLocalityWords) {
        this.notLocalityWords = notLocalityWords;
        for (Lexicon.Entry entry : Lexicon.load("places.txt")) {
            for (String value : entry.values()) {
                if (value.startsWith("^")) {
                    codes.putIfAbsent(Words.key(value.substring(1)), entry.key());
                } else {
                    names.putIfAbsent(Words.key(value), entry.key());
                    phrases.add(value);
                }
            }
        }
    }

    /**
     * True when the whole piece names a place: "Pune", "Navi Mumbai, Maharashtra", "Austin, TX",
     * "Kharghar, Maharashtra" (an unknown locality before a known state), "Remote".
     */
    boolean isLocation(String piece) {
        return region(piece).isPresent();
    }

    /** The region of a piece that {@link #isLocation is a location}; {@link #NO_REGION} for "Remote". */
    Optional<String> region(String piece) {
        String[] parts = piece.split("[,/]");
        if (parts.length == 0 || parts.length > 4 || piece.length() > 60) {
            return Optional.empty();
        }
        String found = null;
        for (int i = 0; i < parts.length; i++) {
            String part = Words.key(stripPostcode(parts[i]));
            if (part.isEmpty()) {
                continue;
            }
            String region = names.get(part);
            if (region == null && i > 0) {
                region = codes.get(part);
            }
            if (region == null) {
                // Only a short locality may be unknown, and only before a known place.
                boolean lastPart = i == parts.length - 1;
                List<String> tokens = Words.tokens(part);
                if (lastPart || tokens.size() > 3 || notLocalityWords.count(tokens) > 0) {
                    return Optional.empty();
                }
                continue;
            }
            if (found == null || NO_REGION.equals(found)) {
                found = region;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The region of the first place named anywhere in the text (not "Remote"). */
    Optional<String> findRegion(String text) {
        List<String> tokens = Words.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            int length = phrases.matchAt(tokens, i);
            if (length > 0) {
                String region = names.get(String.join(" ", tokens.subList(i, i + length)));
                if (region != null && !NO_REGION.equals(region)) {
                    return Optional.of(region);
                }
                i += length - 1;
            }
        }
        return Optional.empty();
    }

    /** "Pune 411001" and "Berlin 10115" are places; the digits are a postcode. */
    private static String stripPostcode(String part) {
        int end = part.length();
        while (end > 0 && (Character.isDigit(part.charAt(end - 1)) || part.charAt(end - 1) == ' '
                || part.charAt(end - 1) == '-')) {
            end--;
        }
        int start = 0;
        while (start < end && (Character.isDigit(part.charAt(start)) || part.charAt(start) == ' ')) {
            start++;
        }
        return part.substring(start, end);
    }
}
