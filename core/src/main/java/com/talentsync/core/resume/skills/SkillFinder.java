package com.talentsync.core.resume.skills;

import com.talentsync.core.resume.extract.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the taxonomy's skills in resume text.
 *
 * <p>The text is split into words once ({@link SkillTokens}); from each word the finder walks
 * the taxonomy's word trie and keeps the longest name that may count there, so "Spring Boot"
 * wins over "Spring" and "Objective-C" over "C". Cost grows with the text, not with the
 * taxonomy: a 3,000-word resume takes about a millisecond once warm.
 *
 * <p>When a name may count:
 * <ul>
 *   <li>Most names count anywhere, in any case ("javascript", "JAVASCRIPT").</li>
 *   <li>Case-exact spellings count only as written ("ML", not the "ml" of millilitres).</li>
 *   <li>Ambiguous (context-only) spellings — letters and common words such as "R", "Go", "C",
 *       "Node", "Spring" — count only in a skills context (see {@link LineContexts}), and there
 *       only as a short list item: "Skills: Java, R, Go" but not a sentence in that section such
 *       as "willing to go the extra mile". One- and two-letter names glued to a neighbour by a
 *       hyphen, dot or apostrophe ("C-level", "go-to") never count, and "R&amp;D" is one word.</li>
 *   <li>Some ambiguous spellings (flag {@code cased}, alias mark {@code ^}) also count in prose
 *       when written exactly so, not at the start of a sentence or line and not before a year:
 *       "reports in Excel" but not "excel at", "Spark jobs" but not "Spring 2020".</li>
 *   <li>A plural or singular the taxonomy lacks counts as the form it has ("VPNs", "Crystal Report").</li>
 *   <li>Nothing inside a web or e-mail address counts ("github.com/jane").</li>
 * </ul>
 */
public final class SkillFinder {

    /** A skills-context item longer than this is a sentence, not a list entry. */
    private static final int MAX_ITEM_WORDS = 4;

    private final SpellingIndex index;

    public SkillFinder(SkillTaxonomy taxonomy) {
        this.index = Objects.requireNonNull(taxonomy, "taxonomy").index();
    }

    /**
     * Every taxonomy skill in {@code text}, with where it was found and how often, most
     * mentioned first, then by name.
     *
     * @param sections the resume's sections, with line numbers into {@code text}'s lines; empty
     *                 when unknown, and then "Skills: ..." lines and skills headings are used
     */
    public List<FoundSkill> find(String text, List<Section> sections) {
        Map<Skill, Tally> tallies = new IdentityHashMap<>();
        for (SkillMention mention : mentions(text, sections)) {
            Tally tally = tallies.computeIfAbsent(mention.skill(), s -> new Tally());
            tally.count++;
            tally.where.add(mention.context());
        }
        List<FoundSkill> found = new ArrayList<>(tallies.size());
        tallies.forEach((skill, tally) ->
                found.add(new FoundSkill(skill, Collections.unmodifiableSet(tally.where), tally.count)));
        found.sort(Comparator.comparingInt(FoundSkill::mentions).reversed()
                .thenComparing(f -> f.skill().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(f -> f.skill().name()));
        return List.copyOf(found);
    }

    /** Every mention in text order; overlapping names are resolved to the longest. */
    public List<SkillMention> mentions(String text, List<Section> sections) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sections, "sections");
        return new Walk(index, SkillTokens.of(text), LineContexts.of(text, sections)).run();
    }

    private static final class Tally {
        final EnumSet<SkillContext> where = EnumSet.noneOf(SkillContext.class);
        int count;
    }

    /** One pass over one text; a new one per call keeps the finder safe to share between threads. */
    private static final class Walk {
        private final SpellingIndex index;
        private final SkillTokens tokens;
        private final LineContexts contexts;
        private Spelling matched;

        Walk(SpellingIndex index, SkillTokens tokens, LineContexts contexts) {
            this.index = index;
            this.tokens = tokens;
            this.contexts = contexts;
        }

        List<SkillMention> run() {
            List<SkillMention> mentions = new ArrayList<>();
            int i = 0;
            while (i < tokens.size) {
                int end = longestMatch(i);
                if (end < 0) {
                    i++;
                    continue;
                }
                mentions.add(new SkillMention(matched.skill(), tokens.start[i], tokens.end[end - 1],
                        contexts.where(tokens.line[i])));
                i = end;
            }
            return mentions;
        }

        /** End (exclusive) of the longest acceptable name starting at word {@code from}, or -1. */
        private int longestMatch(int from) {
            SpellingIndex.Node node = index.root();
            int best = -1;
            boolean viaPlural = false;
            int limit = Math.min(tokens.size, from + index.maxWords());
            if ((tokens.flags[from] & SkillTokens.IN_LINK) != 0) {
                return -1; // "github.com/jane", "jane@java.dev": addresses, not skills
            }
            for (int j = from; j < limit; j++) {
                if (j > from && (tokens.flags[j] & (SkillTokens.HARD_BREAK_BEFORE | SkillTokens.IN_LINK)) != 0) {
                    break;
                }
                SpellingIndex.Node next = node.child(tokens.lower[j]);
                if (next == null) {
                    next = otherNumber(node, tokens.lower[j]);
                    viaPlural = next != null;
                }
                if (next == null) {
                    break;
                }
                node = next;
                Spelling spelling = node.spelling();
                if (spelling != null && accepts(spelling, from, j + 1, viaPlural)) {
                    matched = spelling;
                    best = j + 1;
                }
            }
            return best;
        }

        private boolean accepts(Spelling spelling, int from, int to, boolean viaPlural) {
            boolean needsCase = spelling.exactCase() || spelling.casedOutsideContext();
            boolean asWritten = needsCase && !viaPlural && writtenAsInTaxonomy(spelling, from);
            if (spelling.exactCase() && !asWritten) {
                return false;
            }
            if (!spelling.contextOnly()) {
                return true;
            }
            if (spelling.isShortSingleWord()
                    && (tokens.flags[from] & (SkillTokens.JOINED_PREV | SkillTokens.JOINED_NEXT)) != 0) {
                return false; // "C-level", "go-to", "C.V."
            }
            if (contexts.isSkillsContext(tokens.line[from], tokens.start[from])
                    && tokens.itemSize[from] <= MAX_ITEM_WORDS + (to - from - 1)) {
                return true;
            }
            return spelling.casedOutsideContext() && asWritten && !startsSentence(from) && !beforeYear(to);
        }

        private boolean writtenAsInTaxonomy(Spelling spelling, int from) {
            String[] written = spelling.written();
            for (int k = 0; k < written.length; k++) {
                if (!tokens.writtenAs(from + k, written[k])) {
                    return false;
                }
            }
            return true;
        }

        /** First word of its line, or after ".", "!", "?" or ":": capitals there say nothing. */
        private boolean startsSentence(int t) {
            if (t == 0 || tokens.line[t - 1] != tokens.line[t]) {
                return true;
            }
            String text = tokens.text;
            for (int i = tokens.start[t] - 1; i >= tokens.end[t - 1]; i--) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == ':') {
                    return true;
                }
            }
            return false;
        }

        /** "Spring 2020", "Swift 2019": a season or a name before a year is a date, not a skill. */
        private boolean beforeYear(int t) {
            if (t >= tokens.size || tokens.line[t] != tokens.line[t - 1]) {
                return false;
            }
            String word = tokens.lower[t];
            return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
                    && Character.isDigit(word.charAt(2)) && Character.isDigit(word.charAt(3));
        }

        /**
         * The word in the other grammatical number, when only that one is in the taxonomy: "VPNs"
         * for "VPN", "Technologies" for "Technology", and "Crystal Report" for "Crystal Reports".
         * Short words are left alone ("Rs", "Gos" are not plurals of skills).
         */
        private static SpellingIndex.Node otherNumber(SpellingIndex.Node node, String word) {
            int n = word.length();
            if (n > 4 && word.endsWith("ies")) {
                return node.child(word.substring(0, n - 3) + "y");
            }
            if (n > 3 && word.charAt(n - 1) == 's') {
                return word.charAt(n - 2) == 's' ? null : node.child(word.substring(0, n - 1));
            }
            return n >= 3 && Character.isLetter(word.charAt(n - 1)) ? node.child(word + "s") : null;
        }
    }
}
