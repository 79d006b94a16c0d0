package com.talentsync.core.resume.skills;

import com.talentsync.core.resume.extract.Section;
import com.talentsync.core.resume.extract.SectionKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * For each line of a resume: where it is ({@link SkillContext}) and whether it is a skills
 * context, where short or common-word names ("R", "Go", "Excel") may count.
 *
 * <p>A skills context is a line of a SKILLS section, or a list line introduced by a skills-like
 * label ("Technologies used: Java, Go", "Programming languages - C, R"), and the line after
 * one that ends in a comma. With no sections at all, a heading line such as "Technical Skills"
 * opens a skills block that lasts until the next ordinary resume heading ("Education",
 * "Additional Information") or the blank line after its list: the finder must still work on
 * text no extractor has seen.
 */
final class LineContexts {

    /** Label words (prefixes) that announce a list of skills. */
    private static final List<String> LABEL_STEMS = List.of("skill", "technolog", "tool", "language",
            "framework", "platform", "software", "database", "programming", "environment", "librar",
            "competenc", "expertise", "proficien", "familiar", "knowledge", "methodolog", "utilit",
            "package", "scripting", "server");
    /** Short label words that must match whole, since as prefixes they would catch "website", "idea". */
    private static final Set<String> LABEL_WORDS = Set.of("os", "ide", "ides", "db", "dbs", "web", "it",
            "tech", "stack", "cloud", "devops", "frontend", "backend", "operating", "computer", "technical");
    /**
     * Heading words that open a skills block when no sections are known. Not "technology" or
     * "stack": "Bachelor of Technology" and "Full Stack Developer" are lines, not headings.
     */
    private static final List<String> HEADING_STEMS = List.of("skill", "competenc", "expertise",
            "technologies", "proficienc", "toolkit", "tools", "knowledge");
    /** Last words of ordinary headings that end a skills block. */
    private static final Set<String> OTHER_HEADINGS = Set.of("experience", "experiences", "employment",
            "education", "qualification", "qualifications", "project", "projects", "certification",
            "certifications", "certificates", "achievements", "accomplishments", "awards", "honors",
            "honours", "publications", "interests", "hobbies", "details", "information", "declaration",
            "references", "summary", "objective", "objectives", "profile", "history", "internship",
            "internships", "activities", "responsibilities", "training", "trainings", "volunteering",
            "contact", "overview", "background", "strengths");

    private final SkillContext[] where;
    private final boolean[] skillsContext;
    /**
     * Where each line's list begins (absolute offset): after the label of a label line, so the
     * label's own words ("Programming languages") are not taken for list items; else the line start.
     */
    private final int[] listStart;

    private LineContexts(int lines) {
        where = new SkillContext[lines];
        skillsContext = new boolean[lines];
        listStart = new int[lines];
    }

    SkillContext where(int line) {
        return where[Math.min(line, where.length - 1)];
    }

    /** Whether the text at {@code offset}, on {@code line}, sits in a skills list. */
    boolean isSkillsContext(int line, int offset) {
        int l = Math.min(line, skillsContext.length - 1);
        return skillsContext[l] && offset >= listStart[l];
    }

    static LineContexts of(String text, List<Section> sections) {
        String[] lines = text.split("\n", -1);
        LineContexts contexts = new LineContexts(lines.length);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            contexts.listStart[i] = offset;
            offset += lines[i].length() + 1;
        }
        if (sections.isEmpty()) {
            contexts.guessSkillBlocks(lines);
        } else {
            contexts.applySections(sections);
        }
        contexts.markLabelLines(lines, sections.isEmpty());
        return contexts;
    }

    private void applySections(List<Section> sections) {
        for (Section section : sections) {
            int from = Math.max(0, section.startLine());
            int to = Math.min(where.length, section.endLine());
            SkillContext context = contextOf(section.kind());
            for (int line = from; line < to; line++) {
                if (where[line] == null) { // the first section claiming a line wins
                    where[line] = context;
                    skillsContext[line] = section.kind() == SectionKind.SKILLS;
                }
            }
        }
        for (int line = 0; line < where.length; line++) {
            if (where[line] == null) {
                where[line] = SkillContext.OTHER;
            }
        }
    }

    private static SkillContext contextOf(SectionKind kind) {
        return switch (kind) {
            case SKILLS -> SkillContext.SKILLS_SECTION;
            case EXPERIENCE -> SkillContext.EXPERIENCE;
            case PROJECTS -> SkillContext.PROJECTS;
            default -> SkillContext.OTHER;
        };
    }

    /**
     * A block opens at a skills heading and ends at an ordinary heading, or at a blank line once
     * it has content and what follows no longer looks like a list. The blank-line rule matters
     * for text whose headings got glued to the line before them (a common PDF and CSV artefact),
     * where the closing heading is never seen on a line of its own.
     */
    private void guessSkillBlocks(String[] lines) {
        boolean inBlock = false;
        boolean hasContent = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String[] heading = headingWords(line);
            if (heading != null && isSkillsHeading(heading)) {
                inBlock = true;
                hasContent = false;
            } else if (heading != null && OTHER_HEADINGS.contains(heading[heading.length - 1])) {
                inBlock = false;
            } else if (inBlock && line.isBlank()) {
                inBlock = !hasContent || looksLikeList(nextNonBlank(lines, i));
            } else if (inBlock) {
                hasContent = true;
            }
            where[i] = inBlock ? SkillContext.SKILLS_SECTION : SkillContext.OTHER;
            skillsContext[i] = inBlock;
        }
    }

    private static String nextNonBlank(String[] lines, int from) {
        for (int i = from + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }

    /** A bullet, a labelled list or a comma/pipe-separated line. */
    private static boolean looksLikeList(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        char first = t.charAt(0);
        boolean bullet = !Character.isLetterOrDigit(first) && first != '(' && first != '"';
        return bullet || skillsLabelEnd(t) > 0 || t.indexOf(',') >= 0 || t.indexOf('|') >= 0;
    }

    /** The lower-cased words of a line that looks like a heading (short, no list, no sentence), or null. */
    private static String[] headingWords(String line) {
        String t = line.strip();
        int from = 0;
        while (from < t.length() && !Character.isLetter(t.charAt(from))) {
            from++; // bullets, numbering, decoration
        }
        int to = t.length();
        while (to > from && (t.charAt(to - 1) == ':' || t.charAt(to - 1) == '-' || Character.isWhitespace(t.charAt(to - 1)))) {
            to--;
        }
        if (from >= to || to - from > 48) {
            return null;
        }
        String core = t.substring(from, to);
        if (core.indexOf(',') >= 0 || core.indexOf(':') >= 0 || core.endsWith(".")) {
            return null;
        }
        String[] words = core.toLowerCase(Locale.ROOT).split("[\\s&/]+");
        return words.length <= 5 ? words : null;
    }

    private static boolean isSkillsHeading(String[] words) {
        for (String word : words) {
            for (String stem : HEADING_STEMS) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Skills: a, b", "Technologies used - a, b": the label before the first ':' or spaced dash
     * names skills. With no sections such a line also counts as being in a skills section.
     */
    private void markLabelLines(String[] lines, boolean asSkillsSection) {
        boolean previousWasList = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int labelEnd = skillsLabelEnd(line);
            listStart[i] += labelEnd; // the label names the list; its words are not items
            boolean list = labelEnd > 0 || (previousWasList && endsAsList(lines[i - 1]));
            if (list) {
                skillsContext[i] = true;
                if (asSkillsSection) {
                    where[i] = SkillContext.SKILLS_SECTION;
                }
            }
            previousWasList = list;
        }
    }

    private static boolean endsAsList(String line) {
        String t = line.stripTrailing();
        return !t.isEmpty() && (t.endsWith(",") || t.endsWith("|") || t.endsWith(";"));
    }

    /** The offset just past a skills-like label's separator ("Tools:" in "Tools: Git"), or 0 when there is none. */
    static int skillsLabelEnd(String line) {
        int limit = Math.min(line.length(), 60);
        int sep = -1;
        for (int i = 0; i < limit; i++) {
            char c = line.charAt(i);
            if (c == ':' || ((c == '-' || c == '\u2013' || c == '\u2014') && i > 0 && line.charAt(i - 1) == ' '
                    && i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
                sep = i;
                break;
            }
        }
        if (sep <= 0 || line.substring(sep + 1).isBlank()) {
            return 0;
        }
        String[] words = line.substring(0, sep).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        if (words.length > 7) {
            return 0;
        }
        for (String word : words) {
            if (LABEL_WORDS.contains(word)) {
                return sep + 1;
            }
            for (String stem : LABEL_STEMS) {
                if (word.startsWith(stem)) {
                    return sep + 1;
                }
            }
        }
        return 0;
    }
}
