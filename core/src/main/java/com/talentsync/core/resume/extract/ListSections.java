package com.talentsync.core.resume.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sections that are mostly lists: certifications (one per line), spoken languages
 * (names recognised from {@code spoken-languages.txt}, proficiency notes dropped) and
 * projects (a title line, then description, with technologies taken from a
 * "Technologies:"/"Tech stack:"/"Tools:" line and the first link).
 */
final class ListSections {

    private static final int MAX_ITEM_WORDS = 30;
    private static final int MAX_TITLE_WORDS = 12;
    private static final int MAX_BULLETED_TITLE_WORDS = 6;
    private static final Set<String> TECH_LABELS = Set.of("technologies", "technology", "technologies used",
            "technology used", "tech stack", "tech", "stack", "tools", "tools used", "tools technologies",
            "environment", "built with", "skills used", "languages tools", "platform", "frameworks",
            "technologies tools", "tech used", "software used");
    private static final Set<String> TITLE_LABELS = Set.of("project", "project title", "project name", "title", "name");

    private final Map<String, String> languageNames = new HashMap<>();
    private final Words.PhraseSet languagePhrases = new Words.PhraseSet();
    private final DateRangeParser dates;

    ListSections(DateRangeParser dates) {
        this.dates = dates;
        for (Lexicon.Entry entry : Lexicon.load("spoken-languages.txt")) {
            for (String value : entry.values()) {
                languageNames.putIfAbsent(Words.key(value), entry.key());
                languagePhrases.add(value);
            }
        }
    }

    /** One certification per line (wrapped lines rejoined), bullets and labels dropped. */
    List<String> certifications(String[] lines, int from, int to) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : Bullets.read(lines, from, to)) {
            for (String part : item.split(";")) {
                String text = Words.trimSeparators(part);
                if (!text.isEmpty() && Words.wordCount(text) <= MAX_ITEM_WORDS) {
                    items.add(text);
                }
            }
        }
        return List.copyOf(items);
    }

    /** Languages named in the lines, by their English names, in order of first mention. */
    List<String> languages(String[] lines, int from, int to) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> tokens = Words.tokens(lines[i]);
            for (int t = 0; t < tokens.size(); t++) {
                int length = languagePhrases.matchAt(tokens, t);
                if (length > 0) {
                    found.add(languageNames.get(String.join(" ", tokens.subList(t, t + length))));
                    t += length - 1;
                }
            }
        }
        return List.copyOf(found);
    }

    /** Projects: a new one starts at a title-like line after the previous one's description. */
    List<Project> projects(String[] lines, int from, int to, YearMonth today) {
        List<Project> projects = new ArrayList<>();
        ProjectDraft current = null;
        boolean previousBlank = true;
        boolean previousEnds = true; // a bullet, a sentence end or a "Label: value" came just before
        for (int i = from; i < to; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                previousBlank = true;
                continue;
            }
            String label = label(line);
            String value = label == null ? "" : line.substring(line.indexOf(':') + 1).strip();
            if (label != null && TECH_LABELS.contains(label)) {
                if (current != null) {
                    current.addTechnologies(value);
                    current.body = true;
                }
            } else if (label != null && TITLE_LABELS.contains(label) && !value.isEmpty()) {
                current = start(projects, current, withoutDates(value, today), i);
            } else if (isTitle(line, label) && (current == null
                    || current.body && (previousBlank || previousEnds && isTitleCase(Words.stripBullet(line))))) {
                // After a description, a new title needs a blank line or to look like a title.
                List<String> pieces = Words.pieces(withoutDates(Words.stripBullet(line), today));
                current = start(projects, current, pieces.isEmpty() ? line : pieces.getFirst(), i);
            } else if (current != null) {
                current.body = true;
            }
            if (current != null && current.link.isEmpty()) {
                current.link = LinkFinder.first(line);
            }
            previousEnds = Words.isBullet(line) || line.endsWith(".") || label != null;
            previousBlank = false;
        }
        if (current != null) {
            projects.add(current.build());
        }
        return List.copyOf(projects);
    }

    private static ProjectDraft start(List<Project> projects, ProjectDraft current, String title, int line) {
        if (current != null) {
            projects.add(current.build());
        }
        return new ProjectDraft(Words.trimSeparators(title), line);
    }

    /** A short line that is not a sentence; a bulleted one only when very short ("• Chat App"). */
    private static boolean isTitle(String line, String label) {
        String text = Words.stripBullet(line);
        int words = Words.wordCount(text);
        return label == null && !text.isEmpty() && !text.endsWith(".") && !text.contains(". ")
                && words <= (Words.isBullet(line) ? MAX_BULLETED_TITLE_WORDS : MAX_TITLE_WORDS)
                && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
    }

    /** "Smart Parking System", "Chat bot for HR": the longer words are capitalised. */
    private static boolean isTitleCase(String text) {
        int longWords = 0;
        int capitalised = 0;
        for (String word : text.split("\\s+")) {
            if (word.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return capitalised * 2 > longWords;
    }

    /** The label of a "Label: value" line (up to four words before the colon), else null. */
    private static String label(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 40 || line.startsWith("http")) {
            return null;
        }
        String label = Words.key(Words.stripBullet(line.substring(0, colon)));
        label = label.replace(" and ", " ").replace(" amp ", " ");
        return !label.isEmpty() && label.split(" ").length <= 4 ? label : null;
    }

    private String withoutDates(String text, YearMonth today) {
        StringBuilder out = new StringBuilder(text);
        for (DateSpan span : dates.findAll(text, today).reversed()) {
            out.replace(span.from(), Math.min(span.to(), out.length()), " | ");
        }
        return out.toString();
    }

    /** A project being read. */
    private static final class ProjectDraft {
        final String title;
        final int line;
        final Set<String> technologies = new LinkedHashSet<>();
        Optional<String> link = Optional.empty();
        boolean body;

        ProjectDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }

        /** "Java, Spring Boot; MySQL | Docker and Redis" -> five technologies. */
        void addTechnologies(String value) {
            for (String part : value.split("[,;|•]|\\band\\b|&")) {
                String tech = Words.trimSeparators(part);
                if (tech.endsWith(".")) {
                    tech = tech.substring(0, tech.length() - 1);
                }
                if (!tech.isEmpty() && Words.wordCount(tech) <= 4) {
                    technologies.add(tech);
                }
            }
        }

        Project build() {
            return new Project(title, List.copyOf(technologies), link, line);
        }
    }
}
