package com.talentsync.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job ad cut into lines and clauses, each clause labelled with the section it sits in and
 * whether it is a requirement, a preference or neither.
 *
 * <p>Job ads have no fixed layout, so two signals are combined: section headings ("Must have",
 * "Nice to have") and cue words inside a sentence ("must", "is a plus"). A preference cue wins
 * over everything, because "Requirements: ... Kafka is a plus" means Kafka is optional; a
 * requirement cue or a requirements heading makes a clause required.
 */
final class JdStructure {

    enum Section { NONE, REQUIRED, PREFERRED, RESPONSIBILITIES, OTHER }

    enum Need { REQUIRED, PREFERRED, UNSTATED }

    /**
     * One sentence-like piece of one line.
     *
     * @param start where {@code text} begins in its line's {@link Line#text()}, so that a skill
     *              found in the whole line can be given to the clause it sits in
     */
    record Clause(String text, int line, int start, boolean bullet, Section section, Need need) {
        boolean covers(int offset) {
            return offset >= start && offset < start + text.length();
        }
    }

    /** One non-blank line with its bullet marker removed. */
    record Line(String text, boolean bullet, boolean heading, Section section) {}

    private static final Map<String, List<String>> HEADINGS = MatchLexicon.load("headings.txt");

    /** "-", "*", "•" and friends, or "1." / "2)": list markers in pasted ads. */
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪◦‣–—+>]|\\d{1,2}[.)])\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.;!?])\\s+");
    /** Where a sentence holding both a requirement and a preference is cut into parts. */
    private static final Pattern PART_BREAK = Pattern.compile("[,()]|\\s+(?:but|while|whereas)\\s+");
    private static final int MAX_HEADING_WORDS = 8;
    private static final int EXTRA_HEADING_WORDS = 2;
    private static final int UNMARKED_HEADING_WORDS = 3;

    private static final List<String> PREFERRED_CUES = List.of(
            "nice to have", "is a plus", "a plus", "preferred", "preferably", "ideally", "bonus", "desirable",
            "good to have", "advantage", "advantageous");
    private static final List<String> REQUIRED_CUES = List.of(
            "must", "required", "requires", "should have", "essential", "mandatory", "need to have");

    final List<Line> lines;
    final List<Clause> clauses;
    final boolean hasRequiredSection;
    final boolean hasResponsibilitiesSection;

    private JdStructure(List<Line> lines, List<Clause> clauses) {
        this.lines = List.copyOf(lines);
        this.clauses = List.copyOf(clauses);
        this.hasRequiredSection = lines.stream().anyMatch(l -> l.heading() && l.section() == Section.REQUIRED);
        this.hasResponsibilitiesSection =
                lines.stream().anyMatch(l -> l.heading() && l.section() == Section.RESPONSIBILITIES);
    }

    static JdStructure of(String text) {
        List<Line> lines = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        Section current = Section.NONE;
        for (String raw : text.split("\\R")) {
            if (raw.isBlank()) {
                continue;
            }
            var bulletMatch = BULLET.matcher(raw);
            boolean bullet = bulletMatch.find();
            String body = (bullet ? raw.substring(bulletMatch.end()) : raw).strip();
            Section lineSection = current;
            boolean heading = false;
            String content = body;
            Section named = bullet ? null : headingKind(body);
            if (named != null) {
                heading = true;
                current = named;
                lineSection = named;
                content = "";
            } else {
                int colon = body.indexOf(':');
                Section label = colon > 0 ? knownHeading(body.substring(0, colon), true) : null;
                if (label != null) {
                    // "Nice to have: Kafka, Redis" - a label for this line only.
                    lineSection = label;
                    content = body.substring(colon + 1).strip();
                }
            }
            lines.add(new Line(heading ? body : content, bullet, heading, lineSection));
            if (content.isEmpty()) {
                continue;
            }
            for (int[] piece : spans(content, CLAUSE_END, 0, content.length())) {
                addClauses(clauses, content, piece[0], piece[1], lines.size() - 1, bullet, lineSection);
            }
        }
        return new JdStructure(lines, clauses);
    }

    /**
     * One clause, or several when a sentence names both kinds: "Java is required, Kafka is a
     * plus" is cut at its commas (and "but", "while", brackets) and each part takes its own cue.
     * A part without a cue ("Java, Spring and SQL are required") follows the cued part before
     * it, as in "must know Java, Spring, and ideally Kafka", or else the first one after it.
     */
    private static void addClauses(List<Clause> out, String content, int from, int to, int line, boolean bullet,
                                   Section section) {
        String piece = content.substring(from, to);
        String key = MatchLexicon.normalise(piece);
        if (section == Section.PREFERRED || !containsAny(key, PREFERRED_CUES) || !containsAny(key, REQUIRED_CUES)) {
            out.add(new Clause(piece, line, from, bullet, section, need(piece, section)));
            return;
        }
        List<int[]> parts = spans(content, PART_BREAK, from, to);
        Need[] needs = new Need[parts.size()];
        for (int i = 0; i < needs.length; i++) {
            String partKey = MatchLexicon.normalise(content.substring(parts.get(i)[0], parts.get(i)[1]));
            needs[i] = containsAny(partKey, PREFERRED_CUES) ? Need.PREFERRED
                    : containsAny(partKey, REQUIRED_CUES) ? Need.REQUIRED : null;
        }
        for (int i = 0; i < needs.length; i++) {
            Need need = needs[i] != null ? needs[i] : nearestCue(needs, i);
            int[] part = parts.get(i);
            out.add(new Clause(content.substring(part[0], part[1]), line, part[0], bullet, section, need));
        }
    }

    /** The non-blank pieces of {@code text[from, to)} between matches of {@code breaks}, trimmed, as offsets. */
    private static List<int[]> spans(String text, Pattern breaks, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = breaks.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            addTrimmed(out, text, start, m.start());
            start = m.end();
        }
        addTrimmed(out, text, start, to);
        return out;
    }

    private static void addTrimmed(List<int[]> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(new int[] {from, to});
        }
    }

    /** The cue of the closest cued part before {@code i}, else after it; there is one of each kind. */
    private static Need nearestCue(Need[] needs, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (needs[j] != null) {
                return needs[j];
            }
        }
        for (int j = i + 1; j < needs.length; j++) {
            if (needs[j] != null) {
                return needs[j];
            }
        }
        return Need.REQUIRED; // unreachable while the caller checks both cues; a safe reading
    }

    /** The heading's kind when {@code line} is a heading line, else null. */
    private static Section headingKind(String line) {
        String stripped = line.replaceAll("^#+\\s*", "").replaceAll("[*_]", "").strip();
        int colon = stripped.indexOf(':');
        if (colon >= 0 && colon < stripped.length() - 1) {
            return null; // "Must have: Java, Maven" is a labelled line, not a heading
        }
        boolean marked = line.startsWith("#") || stripped.endsWith(":");
        // Bold or capitals also mark a known heading, but not an unknown one: "AWS, GCP" is a list.
        boolean styled = line.startsWith("**")
                || (stripped.chars().anyMatch(Character::isLetter) && stripped.equals(stripped.toUpperCase(Locale.ROOT)));
        String words = stripped.endsWith(":") ? stripped.substring(0, stripped.length() - 1) : stripped;
        Section known = knownHeading(words, marked || styled);
        if (known != null) {
            return known;
        }
        int wordCount = MatchLexicon.normalise(words).split(" ").length;
        if (marked && !words.isBlank() && wordCount <= MAX_HEADING_WORDS) {
            return Section.OTHER; // "About us:", "## Benefits": a section we do not read specially
        }
        return null;
    }

    /**
     * The kind of a known heading: the whole phrase, or the phrase plus a word or two. The
     * longer form needs a marked line ("What you'll need to succeed:", "## Requirements and
     * skills") or a very short one, because several headings also open sentences: "You have
     * 3+ years of SQL" is a requirement to read, not a heading to skip.
     */
    static Section knownHeading(String candidate, boolean marked) {
        String key = MatchLexicon.normalise(candidate);
        if (key.isEmpty()) {
            return null;
        }
        int words = key.split(" ").length;
        for (Map.Entry<String, List<String>> entry : HEADINGS.entrySet()) {
            for (String phrase : entry.getValue()) {
                int phraseWords = phrase.split(" ").length;
                boolean longer = key.startsWith(phrase + " ") && words - phraseWords <= EXTRA_HEADING_WORDS
                        && (marked || words <= UNMARKED_HEADING_WORDS);
                if (key.equals(phrase) || longer) {
                    return Section.valueOf(entry.getKey());
                }
            }
        }
        return null;
    }

    private static Need need(String clause, Section section) {
        String key = MatchLexicon.normalise(clause);
        if (section == Section.PREFERRED || containsAny(key, PREFERRED_CUES)) {
            return Need.PREFERRED;
        }
        if (section == Section.REQUIRED || containsAny(key, REQUIRED_CUES)) {
            return Need.REQUIRED;
        }
        return Need.UNSTATED;
    }

    private static boolean containsAny(String key, List<String> cues) {
        for (String cue : cues) {
            if (MatchLexicon.indexOfPhrase(key, cue) >= 0) {
                return true;
            }
        }
        return false;
    }
}
