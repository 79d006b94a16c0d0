package com.talentsync.core.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns resume text into classifier terms: lower-case word unigrams plus adjacent-word bigrams.
 *
 * <p>Resume text arrives from PDFs, Word files and pasted web pages, often with mojibake (a UTF-8
 * bullet read as Latin-1 becomes {@code â\u0080¢}). Folding accents away and treating every
 * character outside {@code [a-z0-9]} as a separator reduces such debris to one-letter tokens,
 * which are dropped. A few technology names whose meaning lives in punctuation ({@code C#},
 * {@code C++}, {@code .NET}, {@code Node.js}, {@code CI/CD}) are rewritten to plain words first,
 * because otherwise they would vanish or collide with unrelated words.
 */
final class Tokenizer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CPLUSPLUS = Pattern.compile("\\bc\\s?\\+\\+");
    private static final Pattern CSHARP = Pattern.compile("\\bc\\s?#");
    private static final Pattern FSHARP = Pattern.compile("\\bf#");
    private static final Pattern DOTNET = Pattern.compile("\\.net\\b");
    // "Node.js", "React.JS", "vue.js" -> "nodejs", "reactjs", "vuejs": the way most resumes also spell them.
    private static final Pattern DOT_JS = Pattern.compile("\\b([a-z]+)\\.js\\b");
    // "CI/CD", "TCP/IP", "PL/SQL", "UI/UX": short halves joined, so they stay one meaningful word.
    private static final Pattern SLASH_PAIR = Pattern.compile("\\b([a-z]{1,4})/([a-z]{1,4})\\b");
    // "R&D", "P&L", "L&T" -> "rnd", "pnl", "lnt".
    private static final Pattern AMP_PAIR = Pattern.compile("\\b([a-z])\\s?&\\s?([a-z])\\b");

    /**
     * Function words that carry no job-category signal. Kept short on purpose: TF-IDF and the
     * regression already discount generic resume words; this list only keeps bigrams like
     * "experience in" from crowding out "spring boot".
     */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "as", "into", "onto", "over", "under", "about", "via", "per", "than", "then", "so", "such",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
            "do", "does", "did", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its",
            "they", "them", "their", "this", "that", "these", "those", "which", "who", "whom", "whose", "what",
            "where", "when", "while", "how", "all", "any", "each", "every", "other", "also", "etc", "eg", "ie",
            "using", "used", "use", "well", "very", "more", "most", "up", "out", "if", "not", "no", "yes");

    private Tokenizer() {}

    /** The normalised words of {@code text}, in order, without stop words. */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>(folded.length() / 6 + 4);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                addWord(words, folded, start, i);
                start = -1;
            }
        }
        return words;
    }

    /** Unigrams followed by bigrams of adjacent words: the feature names the classifier sees. */
    static List<String> terms(String text) {
        List<String> words = words(text);
        List<String> terms = new ArrayList<>(words.size() * 2);
        terms.addAll(words);
        for (int i = 1; i < words.size(); i++) {
            terms.add(words.get(i - 1) + " " + words.get(i));
        }
        return terms;
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String rewritten = CPLUSPLUS.matcher(lower).replaceAll(" cplusplus ");
        rewritten = CSHARP.matcher(rewritten).replaceAll(" csharp ");
        rewritten = FSHARP.matcher(rewritten).replaceAll(" fsharp ");
        rewritten = DOTNET.matcher(rewritten).replaceAll(" dotnet ");
        rewritten = DOT_JS.matcher(rewritten).replaceAll("$1js");
        rewritten = SLASH_PAIR.matcher(rewritten).replaceAll("$1$2");
        rewritten = AMP_PAIR.matcher(rewritten).replaceAll("$1n$2");
        // Only decompose when needed: most text is ASCII and NFKD is the slowest step.
        if (isAscii(rewritten)) {
            return rewritten;
        }
        return COMBINING_MARKS.matcher(Normalizer.normalize(rewritten, Normalizer.Form.NFKD)).replaceAll("");
    }

    private static void addWord(List<String> words, String folded, int start, int end) {
        if (end - start < 2) {
            return; // single letters: initials, list markers, mojibake leftovers
        }
        String word = folded.substring(start, end);
        if (isDigits(word) || STOP_WORDS.contains(word)) {
            return;
        }
        words.add(stripVersion(word));
    }

    /** "html5", "css3", "python3", "windows10" -> the name without its version; "j2ee", "ec2", "s4hana" stay. */
    private static String stripVersion(String word) {
        int end = word.length();
        while (end > 0 && Character.isDigit(word.charAt(end - 1))) {
            end--;
        }
        if (end == word.length() || end < 3) {
            return word;
        }
        for (int i = 0; i < end; i++) {
            if (Character.isDigit(word.charAt(i))) {
                return word;
            }
        }
        return word.substring(0, end);
    }

    private static boolean isDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
