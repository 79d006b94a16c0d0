package com.talentsync.core.resume.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a resume into sections at their headings, in whatever order they come. A heading is a
 * line whose words (ignoring case, bullets, numbering and a trailing ':') are a known variant
 * ("WORK EXPERIENCE", "Academic Qualifications:", "E D U C A T I O N"), a known variant
 * after at most two qualifying words ("SALESFORCE SKILL SET"), or a variant followed by its
 * content on the same line ("Skills: Java, SQL").
 */
final class SectionSplitter {

    /** A heading found on a line; {@code inline} is the content after it, or "". */
    record Heading(SectionKind kind, String text, String inline) {}

    /**
     * The sections, plus the lines with every heading replaced by its inline content (or ""),
     * which is what the field parsers read.
     */
    record Result(List<Section> sections, String[] body) {}

    /** Kinds that, written inline, are usually a label inside a job or project, not a section. */
    private static final Set<SectionKind> LABEL_KINDS_INSIDE_ENTRIES = EnumSet.of(
            SectionKind.ACHIEVEMENTS, SectionKind.PROJECTS, SectionKind.CERTIFICATIONS, SectionKind.SUMMARY,
            SectionKind.SKILLS, SectionKind.LANGUAGES);

    private final Map<String, SectionKind> anyStyle = new HashMap<>();
    private final Map<String, SectionKind> standaloneOnly = new HashMap<>();
    private final Words.PhraseSet titleWords;

    SectionSplitter(Words.PhraseSet titleWords) {
        this.titleWords = titleWords;
        for (Lexicon.Entry entry : Lexicon.load("section-headings.txt")) {
            SectionKind kind = SectionKind.valueOf(entry.key());
            for (String value : entry.values()) {
                boolean standalone = value.startsWith("=");
                String key = headingKey(standalone ? value.substring(1) : value);
                (standalone ? standaloneOnly : anyStyle).putIfAbsent(key, kind);
            }
        }
    }

    Result split(List<String> lines) {
        String[] body = lines.toArray(String[]::new);
        List<Section> sections = new ArrayList<>();
        SectionKind kind = SectionKind.OTHER;
        String headingText = "";
        int start = 0;
        boolean previousBlank = true;
        boolean inlineSection = false;
        for (int i = 0; i < body.length; i++) {
            // After "Skills: Java, SQL" a "Languages: English" line is the next one-line section,
            // not a label inside a skills block.
            Optional<Heading> heading = heading(lines.get(i), inlineSection ? SectionKind.OTHER : kind, previousBlank);
            previousBlank = lines.get(i).isBlank();
            if (heading.isEmpty()) {
                if (inlineSection && previousBlank) {
                    // "Skills: Java, SQL" runs to the end of its paragraph, not over the next one.
                    addSection(sections, kind, headingText, start, i, body);
                    kind = SectionKind.OTHER;
                    headingText = "";
                    start = i;
                    inlineSection = false;
                }
                continue;
            }
            addSection(sections, kind, headingText, start, i, body);
            kind = heading.get().kind();
            headingText = heading.get().text();
            inlineSection = !heading.get().inline().isEmpty();
            start = i;
            body[i] = heading.get().inline();
        }
        addSection(sections, kind, headingText, start, body.length, body);
        return new Result(List.copyOf(sections), body);
    }

    private static void addSection(List<Section> sections, SectionKind kind, String heading, int start, int end,
            String[] body) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (!body[i].isBlank()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(body[i].strip());
            }
        }
        // Text before the first heading is a section only when there is some.
        if (!heading.isEmpty() || !text.isEmpty()) {
            sections.add(new Section(kind, heading, start, end, text.toString()));
        }
    }

    /**
     * The heading on this line, if it is one.
     *
     * @param current       the section the line is in: inline labels inside a job stay labels
     * @param previousBlank whether the line before was blank (a Title Case heading stands apart)
     */
    Optional<Heading> heading(String line, SectionKind current, boolean previousBlank) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (trimmed.length() <= 60) {
            Optional<Heading> standalone = standalone(trimmed, previousBlank);
            if (standalone.isPresent()) {
                return standalone;
            }
        }
        return inline(trimmed, current);
    }

    private Optional<Heading> standalone(String trimmed, boolean previousBlank) {
        String core = stripDecoration(trimmed);
        // "Projects undertaken (MCA):" is the projects heading with a remark.
        int paren = core.indexOf('(');
        String key = headingKey(paren > 0 && core.endsWith(")") ? core.substring(0, paren) : core);
        if (key.isEmpty() || key.length() > 50) {
            return Optional.empty();
        }
        boolean capsOrColon = isAllCaps(core) || trimmed.endsWith(":");
        SectionKind kind = anyStyle.get(key);
        if (kind == null && (capsOrColon || previousBlank && isTitleCase(core))) {
            kind = standaloneOnly.get(key);
        }
        if (kind == null && (capsOrColon || isTitleCase(core))) {
            kind = bySuffix(key);
        }
        return kind == null ? Optional.empty() : Optional.of(new Heading(kind, core, ""));
    }

    private Optional<Heading> inline(String trimmed, SectionKind current) {
        int colon = trimmed.indexOf(':');
        boolean byColon = colon > 0 && colon <= 45;
        int end = byColon ? colon : otherSeparator(trimmed);
        int contentStart = byColon ? colon + 1 : end + 2;
        if (end <= 0 || contentStart >= trimmed.length()) {
            return Optional.empty();
        }
        String label = stripDecoration(trimmed.substring(0, end));
        String content = trimmed.substring(contentStart).strip();
        if (content.isEmpty() || isContactOrFact(content)) {
            return Optional.empty(); // "LinkedIn Profile: https://...", "Experience: 5 years"
        }
        String key = headingKey(label);
        SectionKind kind = anyStyle.get(key);
        if (kind == null && byColon) {
            kind = bySuffix(key); // without a colon only an exact heading counts ("Skills • R • Python")
        }
        if (kind == null || kind == SectionKind.OTHER
                || (current == SectionKind.EXPERIENCE || current == SectionKind.PROJECTS)
                        && LABEL_KINDS_INSIDE_ENTRIES.contains(kind)
                // "Languages: Java, Python" in a skills list names programming languages.
                || current == SectionKind.SKILLS && kind == SectionKind.LANGUAGES) {
            return Optional.empty();
        }
        return Optional.of(new Heading(kind, label, content));
    }

    /** Where "Skills - Java", "Skills • R" or "Skills | SQL" puts its label's end, or -1. */
    private static int otherSeparator(String line) {
        int limit = Math.min(line.length() - 2, 45);
        for (int i = 1; i < limit; i++) {
            char c = line.charAt(i);
            if (line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' '
                    && (c == '-' || c == '–' || c == '—' || c == '•' || c == '|')) {
                return i - 1;
            }
        }
        return -1;
    }

    /** A link, an e-mail, a phone number or a number of years: a labelled fact, not a section. */
    private static boolean isContactOrFact(String content) {
        if (content.contains("://") || content.startsWith("www.") || content.indexOf('@') >= 0
                || Words.digitCount(content) >= 7) {
            return true;
        }
        int i = 0;
        while (i < content.length() && (Character.isDigit(content.charAt(i)) || content.charAt(i) == '.'
                || content.charAt(i) == '+' || content.charAt(i) == ' ')) {
            i++;
        }
        String rest = content.substring(i).toLowerCase(Locale.ROOT);
        return i > 0 && (rest.startsWith("year") || rest.startsWith("yr") || rest.startsWith("month"));
    }

    /**
     * "Salesforce Skill Set", "Relevant Work Experience", "Academic Projects": a known variant
     * after one or two qualifying words, but not "Head of Education" (a job title).
     */
    private SectionKind bySuffix(String key) {
        String[] tokens = key.split(" ");
        if (tokens.length < 2 || tokens.length > 5) {
            return null;
        }
        for (int take = Math.min(3, tokens.length - 1); take >= 1; take--) {
            int prefix = tokens.length - take;
            if (prefix > 2) {
                break;
            }
            SectionKind kind = anyStyle.get(String.join(" ", List.of(tokens).subList(prefix, tokens.length)));
            if (kind != null && qualifierIsPlain(List.of(tokens).subList(0, prefix))) {
                return kind;
            }
        }
        return null;
    }

    private boolean qualifierIsPlain(List<String> qualifier) {
        for (String word : qualifier) {
            if (word.equals("of") || word.equals("at") || word.equals("for") || word.equals("in") || word.equals("my")
                    || word.equals("with") || Words.hasDigit(word)) {
                return false;
            }
        }
        return titleWords.count(qualifier) == 0;
    }

    /** Lookup form of a heading: {@link Words#key}, "and" dropped, spaced letters joined. */
    static String headingKey(String text) {
        List<String> tokens = Words.tokens(text);
        boolean spacedLetters = tokens.size() >= 4;
        for (String token : tokens) {
            spacedLetters &= token.length() == 1;
        }
        if (spacedLetters) {
            return String.join("", tokens);
        }
        tokens.removeIf(token -> token.equals("and"));
        return String.join(" ", tokens);
    }

    /** Drops bullets, numbering ("1.", "IV."), rules ("===") and trailing ':' around a heading. */
    private static String stripDecoration(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        // Trailing ':' and rules go; digits stay ("Contact: 98450 12345" is not a heading).
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != ')') {
            end--;
        }
        String core = text.substring(start, end);
        // Roman numbering: "II. EDUCATION"
        int dot = core.indexOf(". ");
        if (dot > 0 && dot <= 4 && core.substring(0, dot).chars().allMatch(c -> "IVXivx".indexOf(c) >= 0)) {
            core = core.substring(dot + 2).strip();
        }
        return core;
    }

    private static boolean isAllCaps(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Every word of four or more letters starts with a capital ("Work Experience", "Skills"). */
    private static boolean isTitleCase(String text) {
        boolean any = false;
        for (String word : text.split("[\\s/&]+")) {
            if (word.length() >= 4 && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            any |= !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        }
        return any;
    }
}
