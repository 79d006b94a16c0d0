package com.talentsync.core.resume.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a degree in a line ("B.Tech", "B. E.", "BSc", "MBA", "Ph.D.", "HSC", "12th",
 * "Bachelor of Science", "Master's Degree") using {@code degrees.txt}. Spellings are compared
 * token by token, so punctuation and spacing do not matter, with two guards from the word list:
 * short ones that are also words ("BE", "MS") must be in capitals, and the vague ones ("12th",
 * "Intermediate") only count inside an education section.
 */
final class DegreeMatcher {

    /** A degree as written in the line, with its character span. */
    record Match(int from, int to, String text) {}

    private record Variant(String[] tokens, boolean capitalsOnly, boolean educationOnly) {}

    private record Token(String word, int from, int to) {}

    private static final int MAX_OF_WORDS = 4;

    private final Map<String, List<Variant>> byFirstToken = new HashMap<>();
    private final Words.PhraseSet institutionWords;
    /** "Engineering" in "Bachelor of Engineering": where the name of the degree ends. */
    private final Words.PhraseSet subjects = new Words.PhraseSet();

    DegreeMatcher(Words.PhraseSet institutionWords) {
        this.institutionWords = institutionWords;
        for (Lexicon.Entry entry : Lexicon.load("degrees.txt")) {
            if (entry.key().equals("AFTER_OF")) {
                entry.values().forEach(subjects::add);
                continue;
            }
            for (String value : entry.values()) {
                int flags = 0;
                while (flags < value.length() && (value.charAt(flags) == '^' || value.charAt(flags) == '?')) {
                    flags++;
                }
                String prefix = value.substring(0, flags);
                String[] tokens = Words.tokens(value.substring(flags)).toArray(String[]::new);
                if (tokens.length > 0) {
                    byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>())
                            .add(new Variant(tokens, prefix.contains("^"), prefix.contains("?")));
                }
            }
        }
    }

    /** The first degree in the line. */
    Optional<Match> find(String line, boolean inEducationSection) {
        List<Token> tokens = tokenize(line);
        for (int i = 0; i < tokens.size(); i++) {
            List<Variant> variants = byFirstToken.get(tokens.get(i).word());
            if (variants == null) {
                continue;
            }
            int best = 0;
            for (Variant variant : variants) {
                if (variant.tokens().length > best && matches(line, tokens, i, variant, inEducationSection)) {
                    best = variant.tokens().length;
                }
            }
            if (best > 0) {
                int last = extend(line, tokens, i, i + best - 1);
                int from = tokens.get(i).from();
                int to = tokens.get(last).to();
                // Keep the closing dot of "B.E." or "Ph.D." but not a sentence's full stop.
                if (to < line.length() && line.charAt(to) == '.' && to - from <= 6) {
                    to++;
                }
                return Optional.of(new Match(from, to, line.substring(from, to)));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String line, List<Token> tokens, int at, Variant variant, boolean inEducation) {
        String[] words = variant.tokens();
        if (at + words.length > tokens.size() || variant.educationOnly() && !inEducation) {
            return false;
        }
        boolean singleLetters = true;
        for (int k = 0; k < words.length; k++) {
            Token token = tokens.get(at + k);
            if (!token.word().equals(words[k])) {
                return false;
            }
            singleLetters &= words[k].length() == 1;
            if (k > 0) {
                String gap = line.substring(tokens.get(at + k - 1).to(), token.from());
                // "M/s Acme" is not an M.S.; "B E" without dots is too loose to trust.
                if (gap.indexOf('/') >= 0 || gap.length() > 3) {
                    return false;
                }
            }
            if (variant.capitalsOnly() && !isCapitals(line, token)) {
                return false;
            }
        }
        if (singleLetters && words.length > 1 && !(inEducation && isCapitals(line, tokens.get(at)))) {
            // Outside an education section "B E" needs its dots: "B.E", "M. S.".
            for (int k = 1; k < words.length; k++) {
                if (line.substring(tokens.get(at + k - 1).to(), tokens.get(at + k).from()).indexOf('.') < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Takes in the words that name the degree after "Bachelor of", "Master's" or "Doctor of":
     * "Bachelor of Computer Applications", "Master's Degree". Stops at "in", at punctuation,
     * at a number and at a school's name.
     */
    private int extend(String line, List<Token> tokens, int first, int last) {
        String lastWord = tokens.get(last).word();
        boolean takesOf = lastWord.equals("of");
        boolean takesDegree = lastWord.equals("s") || lastWord.equals("bachelors") || lastWord.equals("masters")
                || lastWord.equals("bachelor") || lastWord.equals("associate");
        if (takesDegree && last + 1 < tokens.size() && tokens.get(last + 1).word().equals("degree")
                && cleanGap(line, tokens, last + 1)) {
            return last + 1;
        }
        if (!takesOf) {
            return last;
        }
        if (last + 1 < tokens.size() && cleanGap(line, tokens, last + 1)) {
            List<String> words = new ArrayList<>(tokens.size() - last - 1);
            for (int k = last + 1; k < tokens.size() && k <= last + 3; k++) {
                words.add(tokens.get(k).word());
            }
            int subject = subjects.matchAt(words, 0);
            if (subject > 0 && cleanGaps(line, tokens, last + 1, last + subject)) {
                return last + subject; // "Bachelor of Engineering Electronics" ends at Engineering
            }
        }
        int end = last;
        for (int k = last + 1; k < tokens.size() && k - last <= MAX_OF_WORDS; k++) {
            Token token = tokens.get(k);
            String word = token.word();
            if (!cleanGap(line, tokens, k) || Character.isDigit(word.charAt(0)) || word.equals("in") || word.equals("from")
                    || word.equals("at") || word.equals("with") || institutionWords.contains(word)) {
                break;
            }
            end = k;
        }
        return end;
    }

    private static boolean cleanGaps(String line, List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!cleanGap(line, tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** Only spaces (or "&") between token k-1 and token k. */
    private static boolean cleanGap(String line, List<Token> tokens, int k) {
        String gap = line.substring(tokens.get(k - 1).to(), tokens.get(k).from());
        return gap.isBlank() || gap.strip().equals("&");
    }

    private static boolean isCapitals(String line, Token token) {
        for (int i = token.from(); i < token.to(); i++) {
            if (Character.isLowerCase(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> tokenize(String line) {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean inWord = i < line.length() && Character.isLetterOrDigit(line.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                tokens.add(new Token(Words.key(line.substring(start, i)), start, i));
                start = -1;
            }
        }
        return tokens;
    }
}
