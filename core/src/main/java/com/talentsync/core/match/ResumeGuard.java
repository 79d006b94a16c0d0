package com.talentsync.core.match;

import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes out of a resume's lines what is there to move a score rather than to inform a reader,
 * before anything is scored, and says what it took. The line count never changes (a removed
 * line becomes blank), so the extractor's line numbers still point at the right places.
 *
 * <ul>
 *   <li>Sentences addressed to a screening program ({@link ScreeningInstructions}).</li>
 *   <li>Repetition: a sentence said again and again in a row is kept once.</li>
 *   <li>Keyword stuffing: a line that is mostly one word said again and again keeps each of its
 *       words once, and goes if the rest of the resume has them all; a short line of bare
 *       keywords repeated many times is kept once.</li>
 *   <li>With the ad known: long lines copied from the ad, and bare lists of the ad's words that
 *       are not skills (the shape of an invisible block of keywords).</li>
 * </ul>
 */
final class ResumeGuard {

    /** A word said this often in one line, and making up this share of it, is stuffing. */
    static final int LINE_REPEATS = 8;
    static final double LINE_SHARE = 0.5;
    /** A sentence said this often in a row, with at least this many content words, is said once. */
    static final int SENTENCE_REPEATS = 3;
    static final int MIN_SENTENCE_WORDS = 2;
    /** A short line of bare keywords repeated this often is kept once; a heading per job stays under it. */
    static final int LINE_COPIES = 10;
    static final int SHORT_LINE_WORDS = 8;
    /** Lines copied from the ad: long enough to be a real copy, and mostly the ad's word runs. */
    static final int COPY_MIN_WORDS = 12;
    static final double COPY_SHARE = 0.8;
    static final int SHINGLE = 4;
    /** A bare list of the ad's words: long, nearly all ad words, hardly a function word, mostly not skills. */
    static final int BLOCK_MIN_WORDS = 8;
    static final double BLOCK_AD_SHARE = 0.8;
    static final double BLOCK_MAX_STOPWORDS = 0.1;
    static final double BLOCK_NON_SKILL_SHARE = 0.4;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");
    /** "Database used: MySQL": a labelled fact, repeated per project by design, not a bare keyword. */
    private static final Pattern LABELLED = Pattern.compile("^\\s*[\\p{L} ]{2,30}:\\s*\\S");

    /** What the ad-aware rules need to know about the ad, computed once per ad. */
    record AdContext(Set<String> keywordStems, Set<String> shingles) {
        static final AdContext NONE = new AdContext(Set.of(), Set.of());

        static AdContext of(JobDescription description, String adText) {
            Set<String> stems = new HashSet<>();
            description.keywords().forEach(k -> stems.add(k.stem()));
            for (String skill : description.requiredSkills()) {
                stems.addAll(Terms.contentStems(skill));
            }
            for (String skill : description.preferredSkills()) {
                stems.addAll(Terms.contentStems(skill));
            }
            return new AdContext(Set.copyOf(stems), Set.copyOf(ResumeGuard.shingles(Terms.words(adText))));
        }
    }

    /** The resume's lines as scored, and what was taken out, in the order met. */
    record Guarded(List<String> lines, List<String> warnings) {}

    private ResumeGuard() {}

    static Guarded guard(List<String> original, AdContext ad, SkillFinder finder) {
        List<String> lines = new ArrayList<>(original.size());
        List<String> warnings = new ArrayList<>();
        Set<String> stuffed = new LinkedHashSet<>();
        Set<Integer> squeezed = new HashSet<>();
        for (int i = 0; i < original.size(); i++) {
            ScreeningInstructions.Split split = ScreeningInstructions.split(original.get(i));
            for (String removed : split.removed()) {
                warnings.add("ignored an instruction aimed at screening software (line " + (i + 1) + "): \""
                        + shorten(removed) + "\"");
            }
            Map<String, Integer> repeated = new LinkedHashMap<>();
            String kept = dedupeStuffedLine(dedupeRepeatedSentences(split.kept(), repeated), stuffed);
            for (Map.Entry<String, Integer> e : repeated.entrySet()) {
                warnings.add("repeated text: \"" + shorten(e.getKey()) + "\" appears " + e.getValue() + " times in line "
                        + (i + 1) + "; counted once");
            }
            if (!kept.equals(split.kept())) {
                squeezed.add(i);
            }
            lines.add(kept);
        }
        keepRepeatedLinesOnce(lines, stuffed, squeezed, ad, finder);
        dropRedundant(lines, squeezed);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || ad == AdContext.NONE) {
                continue;
            }
            List<String> words = Terms.words(line);
            if (copiedFromAd(words, ad)) {
                lines.set(i, "");
                warnings.add("ignored text copied from the job ad (line " + (i + 1) + ")");
            } else if (bareListOfAdWords(line, words, ad, finder)) {
                lines.set(i, "");
                warnings.add("ignored a list of the ad's keywords with no context around them (line " + (i + 1) + ")");
            }
        }
        stuffingWarnings(original, stuffed, warnings);
        return new Guarded(List.copyOf(lines), List.copyOf(warnings));
    }

    /** One fragment (a job title, a bullet) cleaned the way a whole line would be. */
    static String cleanFragment(String text) {
        String kept = dedupeRepeatedSentences(ScreeningInstructions.split(text).kept(), new HashMap<>());
        return dedupeStuffedLine(kept, new HashSet<>());
    }

    /**
     * A sentence said {@link #SENTENCE_REPEATS} times or more in a row is kept once; such runs
     * and their lengths go to {@code repeated}. The same bullet under two projects is copy and
     * paste, not stuffing, so only a run counts, and only of sentences with real content.
     */
    private static String dedupeRepeatedSentences(String line, Map<String, Integer> repeated) {
        String[] sentences = SENTENCE_END.split(line);
        if (sentences.length < SENTENCE_REPEATS) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int i = 0;
        while (i < sentences.length) {
            String key = MatchLexicon.normalise(sentences[i]);
            int run = 1;
            while (i + run < sentences.length && MatchLexicon.normalise(sentences[i + run]).equals(key)) {
                run++;
            }
            boolean stuffedRun = run >= SENTENCE_REPEATS && Terms.contentStems(key).size() >= MIN_SENTENCE_WORDS;
            int keep = stuffedRun ? 1 : run;
            for (int k = 0; k < keep; k++) {
                out.append(out.isEmpty() ? "" : " ").append(sentences[i].strip());
            }
            if (stuffedRun) {
                repeated.merge(sentences[i].strip(), run, Integer::sum);
                changed = true;
            }
            i += run;
        }
        return changed ? out.toString() : line;
    }

    /** A line made mostly of one repeated word becomes its distinct words, once each, in order. */
    private static String dedupeStuffedLine(String line, Set<String> stuffed) {
        List<String> words = Terms.words(line);
        if (words.size() < LINE_REPEATS) {
            return line;
        }
        Map<String, Integer> counts = new HashMap<>();
        int content = 0;
        for (String word : words) {
            if (Terms.isContent(word)) {
                counts.merge(Stemmer.stem(word), 1, Integer::sum);
                content++;
            }
        }
        boolean isStuffed = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= LINE_REPEATS && e.getValue() >= LINE_SHARE * content) {
                isStuffed = true;
                stuffed.add(e.getKey());
            }
        }
        if (!isStuffed) {
            return line;
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        var m = Terms.WORD.matcher(line);
        while (m.find()) {
            distinct.putIfAbsent(m.group().toLowerCase(Locale.ROOT), m.group());
        }
        return String.join(" ", distinct.values());
    }

    /**
     * A squeezed line whose words the rest of the resume already uses adds nothing but the
     * repetition, so it goes; one that holds a word found nowhere else stays, once.
     */
    private static void dropRedundant(List<String> lines, Set<Integer> squeezed) {
        for (int i : squeezed.stream().sorted().toList()) {
            Set<String> elsewhere = new HashSet<>();
            for (int j = 0; j < lines.size(); j++) {
                if (j != i) {
                    elsewhere.addAll(Terms.contentStems(lines.get(j)));
                }
            }
            if (elsewhere.containsAll(Terms.contentStems(lines.get(i)))) {
                lines.set(i, "");
            }
        }
    }

    /**
     * A short line of nothing but skill names or the ad's words, seen {@link #LINE_COPIES} times
     * or more, stays only where it is first. Other repeated lines ("Responsibilities",
     * "Environment: Java, Oracle" under every job) are how resumes are written, and stay.
     */
    private static void keepRepeatedLinesOnce(List<String> lines, Set<String> stuffed, Set<Integer> squeezed,
                                              AdContext ad, SkillFinder finder) {
        Map<String, List<Integer>> where = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = MatchLexicon.normalise(lines.get(i));
            if (!key.isEmpty() && key.split(" ").length <= SHORT_LINE_WORDS) {
                where.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        where.forEach((key, at) -> {
            if (at.size() >= LINE_COPIES && !LABELLED.matcher(lines.get(at.get(0))).find()
                    && onlyKeywords(lines.get(at.get(0)), ad, finder)) {
                squeezed.add(at.get(0));
                for (int k = 1; k < at.size(); k++) {
                    lines.set(at.get(k), "");
                }
                for (String word : key.split(" ")) {
                    if (Terms.isContent(word)) {
                        stuffed.add(Stemmer.stem(word));
                    }
                }
            }
        });
    }

    /** Whether every content word of {@code line} is part of a skill name or one of the ad's words. */
    private static boolean onlyKeywords(String line, AdContext ad, SkillFinder finder) {
        Set<String> covered = new HashSet<>();
        for (SkillMention mention : finder.mentions(line, List.of())) {
            covered.addAll(Terms.contentStems(line.substring(mention.start(), mention.end())));
        }
        Set<String> stems = Terms.contentStems(line);
        for (String stem : stems) {
            if (!covered.contains(stem) && !ad.keywordStems().contains(stem)) {
                return false;
            }
        }
        return !stems.isEmpty();
    }

    private static boolean copiedFromAd(List<String> words, AdContext ad) {
        if (words.size() < COPY_MIN_WORDS) {
            return false;
        }
        List<String> own = shingles(words);
        long shared = own.stream().filter(ad.shingles()::contains).count();
        return shared >= COPY_SHARE * own.size();
    }

    private static boolean bareListOfAdWords(String line, List<String> words, AdContext ad, SkillFinder finder) {
        List<String> content = words.stream().filter(Terms::isContent).toList();
        if (content.size() < BLOCK_MIN_WORDS) {
            return false;
        }
        long stopwords = words.stream().filter(Terms.STOPWORDS::contains).count();
        long adWords = content.stream().filter(w -> ad.keywordStems().contains(Stemmer.stem(w))).count();
        if (stopwords > BLOCK_MAX_STOPWORDS * words.size() || adWords < BLOCK_AD_SHARE * content.size()) {
            return false;
        }
        // A tailored skills list is all skill names; a block of the ad's words is mostly not.
        int inSkills = 0;
        for (SkillMention mention : finder.mentions(line, List.of())) {
            inSkills += Terms.words(line.substring(mention.start(), mention.end())).size();
        }
        return words.size() - inSkills >= BLOCK_NON_SKILL_SHARE * words.size();
    }

    private static void stuffingWarnings(List<String> original, Set<String> stuffed, List<String> warnings) {
        if (stuffed.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (String line : original) {
            var m = Terms.WORD.matcher(line);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (Terms.isContent(word)) {
                    String stem = Stemmer.stem(word);
                    counts.merge(stem, 1, Integer::sum);
                    spelling.putIfAbsent(stem, m.group());
                }
            }
        }
        for (String stem : counts.keySet()) {
            if (!stuffed.contains(stem)) {
                continue;
            }
            warnings.add("keyword stuffing: '" + spelling.get(stem) + "' appears " + counts.get(stem)
                    + " times; counted once");
        }
    }

    private static List<String> shingles(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return out;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
